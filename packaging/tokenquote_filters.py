"""What the frozen bundles leave out, shared by packaging/tokenquote.spec and packaging/bench/bare.spec.

Plain Python (no PyInstaller names) so both specs load it with runpy and filter their TOCs the same way.
"""

# QtPdf and QtPdfWidgets stay: File › Export PDF… previews the quote with them (libQt6Pdf is 4.5 MB).
# Python modules the app never uses; PyInstaller would otherwise follow optional imports into them.
EXCLUDES = [
    "tkinter", "pydoc_data", "test",          # (unittest stays: fpdf2's sign.py imports unittest.mock)
    "matplotlib", "scipy", "IPython", "pyarrow",          # optional imports of openpyxl and pandas we never use
    "pandas.tests", "numpy.tests",                        # pandas and numpy stay (usage exports, imported when needed)
    # Pillow stays (fpdf2 reads the PDF quote's PNG/JPEG logo with it), without what a logo never needs: AVIF
    # and WebP codecs (libavif alone is several MB), Tk and Qt bridges, FreeType text rendering.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    "PIL.ImageQt", "PIL.ImageFont", "PIL._imagingft", "PIL.ImageShow",
    "readline",                                           # no interactive prompt anywhere (0.55 MB with libtinfo)
    "pytest", "pytestqt", "importlinter", "jsonschema_specifications.tests",
    # Qt for Python modules we do not use: each drags in large Qt libraries.
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DExtras",
    "PySide6.Qt3DAnimation", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtLocation",
    "PySide6.QtPositioning", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtSerialBus", "PySide6.QtTextToSpeech", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth", "PySide6.QtCanvasPainter",
    "PySide6.QtLabsStyleKit", "PySide6.QtConcurrent", "PySide6.QtAsyncio",
]

# Qt shared libraries, plugins and translations that the hooks collect but the app never loads. Filtering the
# TOC (rather than deleting files afterwards) keeps the bundle consistent on every platform.
UNUSED_QT = (
    "Qt6Quick", "Qt6Qml", "Qt6PdfQuick", "Qt6WebEngine", "Qt6WebChannel", "Qt6WebSockets", "Qt6WebView", "Qt63D",
    "Qt6Multimedia", "Qt6SpatialAudio", "Qt6FFmpeg", "Qt6VirtualKeyboard", "Qt6ShaderTools", "Qt6Location",
    "Qt6Positioning", "Qt6Graphs", "Qt6DataVisualization", "Qt6Designer", "Qt6Help", "Qt6Sql", "Qt6Test",
    "Qt6Bluetooth", "Qt6Nfc", "Qt6Sensors", "Qt6SerialPort", "Qt6SerialBus", "Qt6TextToSpeech", "Qt6Lottie",
    "Qt6Labs", "Qt6RemoteObjects", "Qt6Scxml", "Qt6StateMachine", "Qt6HttpServer", "Qt6NetworkAuth",
    "Qt6CanvasPainter", "Qt6ChartsQml", "Qt6Concurrent", "Qt6EglFs", "Qt6EglFS", "avcodec", "avformat", "avutil",
    "swresample", "swscale",
)
# Plugin folders the app needs: platforms (xcb for X11/XWayland, wayland, offscreen for --self-check in CI),
# the XDG portal platform theme (native file dialogs under sandboxes), image formats (PNG/SVG icons), icon
# engines (SVG), xcb GL integration, input contexts (compose, IBus: Chinese input methods need it). Everything
# else under plugins/ is dropped: tls (no network), generic/evdev (embedded devices), the GTK3 theme (it drags
# the build machine's GTK, cairo and pango into the bundle, which then clash with the desktop's own).
KEEP_PLUGIN_DIRS = {"platforms", "platformthemes", "imageformats", "iconengines", "xcbglintegrations",
                    "wayland-shell-integration", "wayland-decoration-client", "wayland-graphics-integration-client",
                    "styles", "platforminputcontexts"}
DROP_PLUGINS = ("libqgtk3", "libqtvirtualkeyboardplugin")
# System libraries that only the dropped GTK3 theme needed (checked with ldd on every kept Qt library, plugin
# and Python extension): bundling them would put the build machine's GTK stack in front of the desktop's own.
DROP_SYSTEM_LIBS = ("libatk-", "libatk-bridge", "libatspi", "libcairo", "libgdk", "libgtk", "libpango",
                    "libharfbuzz", "libgraphite2", "libthai", "libdatrie", "libfribidi", "libpixman", "libjpeg",
                    "libepoxy", "libgio-", "libgobject-", "libgmodule-", "libmount", "libblkid", "libselinux",
                    "libuuid", "libXext", "libXrender")
# System libraries every Linux desktop has, left out as AppImage's excludelist leaves them out (pkg2appimage's
# "excludelist", each entry justified there): glibc's own (PyInstaller already skips libc, libm, libdl,
# libpthread, librt, ld-linux), the C++ runtime (libstdc++, libgcc_s: a bundled older copy breaks a newer system's
# Mesa driver that loads it, and a bundled newer one needs a newer glibc than the floor), the graphics stack
# (GL, EGL, GLX, DRM, GBM, X11/xcb, Wayland client: they must match the machine's driver), font rendering
# (fontconfig, freetype, harfbuzz: the desktop's own fonts configuration), and the base system's expat, zlib,
# uuid, ICE/SM, gpg-error, com_err, gmp, fribidi. What stays bundled is what a distribution may lack or
# version differently: OpenSSL, libffi, ICU, GLib, D-Bus, xkbcommon, the xcb utility libraries.
APPIMAGE_EXCLUDES = ("libstdc++.so.6", "libgcc_s.so.1", "libGL.so.1", "libEGL.so.1", "libGLdispatch.so.0",
                     "libGLX.so.0", "libOpenGL.so.0", "libdrm.so.2", "libglapi.so.0", "libgbm.so.1", "libxcb.so.1",
                     "libX11.so.6", "libX11-xcb.so.1", "libwayland-client.so.0", "libxcb-dri2.so.0",
                     "libxcb-dri3.so.0", "libasound.so.2", "libfontconfig.so.1", "libfreetype.so.6",
                     "libharfbuzz.so.0", "libcom_err.so.2", "libexpat.so.1", "libgpg-error.so.0", "libICE.so.6",
                     "libSM.so.6", "libusb-1.0.so.0", "libuuid.so.1", "libz.so.1", "libfribidi.so.0",
                     "libgmp.so.10", "libjack.so.0", "libpipewire-0.3.so.0")
KEEP_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen", "qwindows", "qcocoa", "qoffscreen", "qxcb")
# Qt's own translations: only what the app offers (English is built in; Simplified Chinese).
KEEP_TRANSLATIONS = ("qtbase_zh_CN",)


# fontTools ships C builds of two modules beside their Python source (7 MB of the bundle): the PDF quote
# subsets TrueType fonts without either mattering for speed, so the spec puts their .py source in instead.
PURE_PYTHON = ("fontTools/misc/bezierTools", "fontTools/varLib/iup")


def keep(dest: str) -> bool:
    name = dest.replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    if name.endswith(".so") and any(name.startswith(module + ".") for module in PURE_PYTHON):
        return False
    if any(part in base for part in UNUSED_QT):
        return False
    if "/" not in name and (base.startswith(DROP_SYSTEM_LIBS) or base in APPIMAGE_EXCLUDES):
        return False
    if "/Qt/plugins/" in name or "/plugins/" in name and "PySide6" in name:
        folder = name.split("/plugins/", 1)[1].split("/", 1)[0]
        if folder not in KEEP_PLUGIN_DIRS:
            return False
        if folder == "platforms" and not base.startswith(KEEP_PLATFORMS):
            return False
        if base.startswith(DROP_PLUGINS):
            return False
    if "/translations/" in name and "PySide6" in name:
        return base.startswith(KEEP_TRANSLATIONS)
    if "PySide6/Qt/qml/" in name or "PySide6/qml/" in name:
        return False
    return True


def filtered(toc):
    return [entry for entry in toc if keep(entry[0])]
