"""The English text of every error code the core raises, and of the named places and words inside them.

This is the one copy of each text: the CLI prints it (``str(error)``), and Qt's ``pyside6-lupdate`` reads this file
for the GUI's translations (``QT_TRANSLATE_NOOP`` below only marks a text for it; the core stays Qt-free). The GUI
translates a code's template and fills in the same named parameters; a test fails on a code without a finished
Chinese translation. Templates use :meth:`str.format` fields (``{value!r}`` is the value as typed, in quotes).
The named places and words are :mod:`core.error_fields`. Imports: nothing of the project (this is the bottom of
the foundation).
"""

from __future__ import annotations

MESSAGE_CONTEXT = "CoreErrors"
FIELD_CONTEXT = "CoreFields"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (read by ``pyside6-lupdate``); returns it unchanged."""
    return text


MESSAGES: dict[str, str] = {
    # a text made elsewhere (a dialog of the GUI words its own problem and translates it itself)
    "text": "{text}",
    # core.money
    "currency_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a currency's ISO 4217 code (e.g. USD, "
                                          "CNY, EUR)"),
    "currency_code": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a currency code (three capital letters, e.g. USD, CNY)"),
    "not_exact": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be an exact number (a decimal string or integer), not a float"),
    "not_a_number": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a number"),
    "number_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a number, got {kind}"),
    "not_finite": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a finite number"),
    "not_finite_bare": QT_TRANSLATE_NOOP("CoreErrors", "is not a finite number"),
    "number_ambiguous_comma": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r}: a comma only groups thousands (1,234,567); write a decimal with a point (1.5)"),
    "number_ambiguous_point": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r}: a point only groups thousands here (1.234.567); write a decimal with a comma (1,5)"),
    "number_grouping": QT_TRANSLATE_NOOP("CoreErrors", "{value!r}: digits are grouped in threes (1 234 567)"),
    "whole_number_expected": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a whole number"),
    "number_out_of_range": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is far outside any sensible range"),
    "below_minimum": QT_TRANSLATE_NOOP("CoreErrors", "{value} is below the minimum {limit}"),
    "above_maximum": QT_TRANSLATE_NOOP("CoreErrors", "{value} is above the maximum {limit}"),
    # core.volumes
    "volume_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a number of tokens"),
    "volume_expected_kind": QT_TRANSLATE_NOOP("CoreErrors", "expected a number of tokens, got {kind}"),
    "volume_negative": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is negative; volumes are 0 or more tokens"),
    "volume_fraction": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is {tokens} tokens; volumes are whole tokens"),
    "volume_too_large": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is more than 10^15 tokens"),  # also per request
    "volume_empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty; enter a number of tokens such as 300M or 1.2亿"),
    "volume_unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} is not a volume; use digits with an optional K, M, B, T, 万 or 亿 (e.g. 2.5M, 10B, 1.2亿)"),
    "volume_unit": QT_TRANSLATE_NOOP("CoreErrors", "{value!r}: unknown unit {unit!r}; use K, M, B, T, 万 or 亿"),
    "percent_empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty; enter a percentage from 0 to 100"),
    "percent_range": QT_TRANSLATE_NOOP("CoreErrors", "{value}% is outside 0–100%"),
    "text_ratio": QT_TRANSLATE_NOOP(
        "CoreErrors", "no token ratio for {unit} of {language!r} text; use characters for Chinese, words or characters "
                      "for English"),
    # core.pricing.workload, quote, projection, fx
    "empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty"),
    "text_invalid_char": QT_TRANSLATE_NOOP(
        "CoreErrors", "holds a character that is not text ({char} at position {position}); retype it"),
    "text_too_long": QT_TRANSLATE_NOOP("CoreErrors", "is {length} characters long; at most {limit} fit"),
    "whole_tokens_range": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be a whole number 0–10^15"),
    "pct_range_value": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be 0–100"),
    "traffic_over_100": QT_TRANSLATE_NOOP("CoreErrors", "{batch} + {off_peak} is more than 100% of traffic"),
    "valid_days_range": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be 0–3650 days"),
    "markup_range": QT_TRANSLATE_NOOP("CoreErrors", "{value}% is outside 0–1000% (a markup of up to ten times "
                                    "the cost)"),
    "markup_negative": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be 0 or more"),
    "whole_days": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a whole number of days"),
    "vendor_discounts_object": QT_TRANSLATE_NOOP("CoreErrors", "expected an object of vendor id → percent"),
    "text_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected text, got {kind}"),
    "months_range": QT_TRANSLATE_NOOP("CoreErrors", "{value} must be 1–{limit}"),
    "months_range_value": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be 1–120"),
    "growth_range": QT_TRANSLATE_NOOP("CoreErrors", "{value} must be between -100 and 1000 per month"),
    "growth_range_typed": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be between -100 and 1000"),
    "projection_too_large": QT_TRANSLATE_NOOP(
        "CoreErrors", "{growth}% a month for {months} months takes a month's cost above {limit} {currency}; lower the "
                      "growth or the months"),
    "decline_range": QT_TRANSLATE_NOOP("CoreErrors", "{value} must be 0–100 per year"),
    "not_a_percentage": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a percentage"),
    "no_price_in_projection": QT_TRANSLATE_NOOP("CoreErrors", "{model} has no price in force during the projection"),
    "no_fx_rate": QT_TRANSLATE_NOOP(
        "CoreErrors", "no exchange rate for {source}→{target}: add {source}/{target}, or rates for both against {hub}"),
    "fx_syntax": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must look like USD/CNY=7.2 (1 USD = 7.2 CNY)"),
    "fx_same": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} converts {currency} to itself"),
    "fx_not_positive": QT_TRANSLATE_NOOP("CoreErrors", "{value!r}: a rate must be above 0"),
    "fx_rate_range": QT_TRANSLATE_NOOP("CoreErrors", "{value!r}: a rate must be between {low} and {high}"),
    "fx_conflict": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} conflicts with {other!r}: give one rate for {pair}"),
    "fx_list": QT_TRANSLATE_NOOP("CoreErrors", "expected a list of rates"),
    "fx_entry": QT_TRANSLATE_NOOP("CoreErrors", "expected an object with 'pair', 'rate' and 'as_of'"),
    "date_out_of_range": QT_TRANSLATE_NOOP("CoreErrors", "{value} is outside the dates TokenQuote prices ({first} to {last})"),
    "not_a_real_date": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a real date (YYYY-MM-DD)"),
    "object_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected an object"),
    # the catalog and its files
    "model_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{model!r} is not in the catalog (tokenquote-cli catalog list shows the ids)"),
    "vendor_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{vendor!r} is not in the catalog"),
    "file_too_large": QT_TRANSLATE_NOOP("CoreErrors", "is {size} MB; a price list is expected to be under {limit} MB"),
    "file_unreadable": "{reason}",
    "file_empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty"),
    "not_utf8": QT_TRANSLATE_NOOP("CoreErrors", "is not UTF-8 text (save it as UTF-8)"),
    "catalog_is_price_table": QT_TRANSLATE_NOOP("CoreErrors", "is a price table, not a catalog file: import it "
                                                "first (tokenquote-cli catalog import, or File › Import price "
                                                "list…), then use the catalog file the import writes"),
    "invalid_json": QT_TRANSLATE_NOOP("CoreErrors", "not valid JSON ({detail})"),
    "json_key_twice": QT_TRANSLATE_NOOP("CoreErrors", "{key!r} is given twice in one object; give it once"),
    "invalid_json_cut": QT_TRANSLATE_NOOP("CoreErrors", "not valid JSON ({detail}) — the file ends early, perhaps it was cut off by a full disk"),
    "json_too_deep": QT_TRANSLATE_NOOP("CoreErrors", "is nested too deeply to be read"),
    "json_number_too_long": QT_TRANSLATE_NOOP("CoreErrors", "holds a number with more than {limit} digits"),
    "catalog_top_level": QT_TRANSLATE_NOOP("CoreErrors", "expected an object with 'schema_version', 'vendor' and 'models'"),
    "catalog_version": QT_TRANSLATE_NOOP("CoreErrors", "is {value!r}; this version of TokenQuote reads {supported}"),
    "model_twice": QT_TRANSLATE_NOOP("CoreErrors", "model id {model!r} appears twice"),
    "vendor_slug": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be a lower-case slug"),
    "region_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not one of {allowed}"),
    "model_id_form": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be '{vendor}/<model>' in lower case"),
    "no_price_points": QT_TRANSLATE_NOOP("CoreErrors", "needs at least one price point"),
    "points_order": QT_TRANSLATE_NOOP("CoreErrors", "points must be in date order ({after} follows {before})"),
    "points_overlap": QT_TRANSLATE_NOOP("CoreErrors", "point ending {end} overlaps the one from {start}"),
    "point_end_before_start": QT_TRANSLATE_NOOP("CoreErrors", "{end} is before 'from' {start}"),
    "price_too_small": QT_TRANSLATE_NOOP("CoreErrors", "{value} is below {limit} per 1M tokens: not a plausible price"),
    "tier_threshold": QT_TRANSLATE_NOOP("CoreErrors", "must be a positive whole number of tokens"),
    "tier_boundary_form": QT_TRANSLATE_NOOP(
        "CoreErrors", "a tier states its boundary once: above_prompt_tokens (the boundary itself not included) or "
                      "from_prompt_tokens (included)"),
    "tiers_order": QT_TRANSLATE_NOOP("CoreErrors", "tiers must be in ascending order"),
    "price_missing": QT_TRANSLATE_NOOP("CoreErrors", "is missing (price per 1M tokens)"),
    "segment_object": QT_TRANSLATE_NOOP("CoreErrors", "expected an object with 'factor' or 'input'/'output'"),
    "segment_both": QT_TRANSLATE_NOOP("CoreErrors", "give either 'factor' or explicit prices, not both"),
    "factor_above_one": QT_TRANSLATE_NOOP("CoreErrors", "{value} is above 1; a factor is the share of the standard price"),
    "date_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a date 'YYYY-MM-DD', got {value!r}"),
    "missing": QT_TRANSLATE_NOOP("CoreErrors", "is missing"),
    "kind_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected {expected}, got {kind}"),
    "tokens_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a whole number of tokens, got {value!r}"),
    "unknown_key": QT_TRANSLATE_NOOP("CoreErrors", "unknown field {key!r} (allowed: {allowed})"),
    "no_such_path": QT_TRANSLATE_NOOP("CoreErrors", "no such file or folder"),
    "layer_currency": QT_TRANSLATE_NOOP(
        "CoreErrors", "{model} is billed in {old}; this layer prices it in {new} (a layer cannot change a model's "
                      "currency: give its prices in {old}, or add the model under a new id)"),
    "layer_vendor_currency": QT_TRANSLATE_NOOP(
        "CoreErrors", "vendor {vendor} bills in {old}; this layer says {new} (a layer cannot change a vendor's "
                      "currency)"),
    "folder_without_catalog": QT_TRANSLATE_NOOP("CoreErrors", "folder holds no catalog .json files"),
    "resource_missing": QT_TRANSLATE_NOOP("CoreErrors", "bundled resource is missing (looked in {folder})"),
    # negotiated prices and the user's catalog
    "override_object": QT_TRANSLATE_NOOP("CoreErrors", "expected an object with 'target', 'from' and a discount or prices"),
    "override_prices": QT_TRANSLATE_NOOP("CoreErrors", "expected input and output prices"),
    "override_one_kind": QT_TRANSLATE_NOOP("CoreErrors", "give either a discount % or a negotiated price, not both"),
    "override_discount_range": QT_TRANSLATE_NOOP("CoreErrors", "{value} must be above 0 and at most 100"),
    "override_price_for_model": QT_TRANSLATE_NOOP(
        "CoreErrors", "a negotiated price is for one model (vendor/model), not a whole vendor"),
    "override_dates": QT_TRANSLATE_NOOP("CoreErrors", "ends {end} before it starts {start}"),
    "override_model_unknown": QT_TRANSLATE_NOOP("CoreErrors", "model {model!r} is not in the catalog"),
    "override_vendor_unknown": QT_TRANSLATE_NOOP("CoreErrors", "vendor {vendor!r} is not in the catalog"),
    "layers_file": QT_TRANSLATE_NOOP("CoreErrors", "expected {{\"disabled\": [layer names]}}"),
    "overrides_file": QT_TRANSLATE_NOOP("CoreErrors", "expected a list of overrides"),
    "not_an_import_layer": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not an import layer"),
    # projects
    "project_too_large": QT_TRANSLATE_NOOP("CoreErrors", "is {size} MB; this is not a TokenQuote project"),
    "project_not_utf8": QT_TRANSLATE_NOOP("CoreErrors", "is not a TokenQuote project (not UTF-8 text)"),
    "project_empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty (perhaps a save was cut off); nothing to open"),
    "project_foreign": QT_TRANSLATE_NOOP("CoreErrors", "is not a TokenQuote project (no \"format\": \"tokenquote-project\")"),
    "project_version": QT_TRANSLATE_NOOP(
        "CoreErrors", "is {value!r}; this version of TokenQuote reads up to {supported} (update the app to open it)"),
    "project_version_field": QT_TRANSLATE_NOOP("CoreErrors", "{field!r} needs schema version 2 or later; the file says "
                                                "{version}"),
    "list_expected_nonempty": QT_TRANSLATE_NOOP("CoreErrors", "expected a non-empty list"),
    "too_many_workloads": QT_TRANSLATE_NOOP("CoreErrors", "{count} workloads; a project holds at most {limit}: "
                                            "combine some"),
    "before_not_earlier": QT_TRANSLATE_NOOP("CoreErrors", "{before} is not earlier than the as-of date {as_of}: "
                                            "give the earlier day as --before"),
    "workload_names_twice": QT_TRANSLATE_NOOP("CoreErrors", "two workloads have the same name ({value!r})"),
    "model_ids_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a list of model ids"),
    "vendor_entries_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a list of vendor entries"),
    "keep_one_workload": QT_TRANSLATE_NOOP("CoreErrors", "a project keeps at least one workload"),
    "workload_name_taken": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is already used by another workload"),
    # a chosen model with no price on the day
    "unpriced_not_yet": QT_TRANSLATE_NOOP("CoreErrors", "no price on {day}: priced from {first}"),
    "unpriced_retired": QT_TRANSLATE_NOOP("CoreErrors", "no price on {day}: its last price ended {last}"),
    "unpriced_gap": QT_TRANSLATE_NOOP("CoreErrors", "no price on {day}"),
    # plans (core.pricing.plans)
    "plan_nothing_fits": QT_TRANSLATE_NOOP("CoreErrors", "no model that fits this workload's prompt and the plan's "
                                           "constraints has a price on {day}"),
    "plan_prompt_too_long": QT_TRANSLATE_NOOP("CoreErrors", "the prompt ({prompt} tokens) is longer than {model}'s "
                                              "context window ({window} tokens)"),
    "write_read_only": QT_TRANSLATE_NOOP("CoreErrors", "the file is read-only: save under another name, or make "
                                         "it writable first"),
    "plan_output_price_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{model}'s output price on {day} is not known: a "
                                                   "later price stands in, so its cost here is likely understated"),
    "plan_price_understated": QT_TRANSLATE_NOOP("CoreErrors", "{model}'s prices are known only for prompts of up "
                                                "to {limit} tokens, and this prompt has {prompt}: its cost here is "
                                                "understated"),
    "plan_assignment_invalid": QT_TRANSLATE_NOOP("CoreErrors", "{workload!r} → {model!r} is not a workload name and "
                                                 "a model id"),
    "plan_names_twice": QT_TRANSLATE_NOOP("CoreErrors", "two plans have the same name ({value!r})"),
    "plan_unknown_workload": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not one of the workloads ({allowed})"),
    "plan_incomplete": QT_TRANSLATE_NOOP("CoreErrors", "cannot be quoted: {problem}"),
    "plan_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a plan of this project ({allowed})"),
    "plan_assignments_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected an object of workload name: model id"),
    "plan_workloads_twice": QT_TRANSLATE_NOOP("CoreErrors", "give workloads with --workload or --workloads, not both"),
    "plan_workloads_missing": QT_TRANSLATE_NOOP("CoreErrors", "give at least one workload (NAME:INPUT:OUTPUT), or "
                                                "--workloads FILE.json"),
    "plan_workload_spec": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not NAME:INPUT:OUTPUT[:CACHE_PCT[:BATCH_PCT"
                                            "[:PROMPT_TOKENS]]] (a name without ':')"),
    "plan_workloads_file": QT_TRANSLATE_NOOP("CoreErrors", "expected a JSON list of workloads, or an object with "
                                             "a workloads list (a project, or what usage --format json prints)"),
    "plan_assign_spec": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not WORKLOAD=MODEL_ID"),
    "plan_assigned_twice": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is given two different models"),
    "plan_unassigned": QT_TRANSLATE_NOOP("CoreErrors", "no model for {names}: assign one, or give --cheapest to "
                                         "take the cheapest that fits"),
    "workload_given_twice": QT_TRANSLATE_NOOP("CoreErrors", "give the workloads with --workload/--workloads or "
                                              "with --input/--output, not both"),
    "workload_missing": QT_TRANSLATE_NOOP("CoreErrors", "is missing: give --input and --output (or --workload "
                                          "NAME:INPUT:OUTPUT for each workload)"),
    "ids_expected": QT_TRANSLATE_NOOP("CoreErrors", "expected a list of ids"),
    # the command line
    "ids_empty": QT_TRANSLATE_NOOP("CoreErrors", "is empty; give comma-separated ids"),
    "nothing_priced": QT_TRANSLATE_NOOP("CoreErrors", "no model has a price in force on {day} for this selection"),
    "nothing_paid_priced": QT_TRANSLATE_NOOP("CoreErrors", "no paid model has a price in force on {day} for this "
                                             "selection; free models are left out unless --include-free is given"),
    "nothing_to_quote": QT_TRANSLATE_NOOP("CoreErrors", "no model has a price in force on {day}; nothing to quote"),
    "language_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} must be one of {allowed}"),
    "paper_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a paper size ({allowed})"),
    # price lists being imported
    "no_such_file": QT_TRANSLATE_NOOP("CoreErrors", "no such file"),
    "price_list_is_folder": QT_TRANSLATE_NOOP("CoreErrors", "is a folder, not a price-list file"),
    "price_list_too_large": QT_TRANSLATE_NOOP(
        "CoreErrors", "is {size} MB; a price list is expected to be under {limit} MB (is this the right file?)"),
    "litellm_top_level": QT_TRANSLATE_NOOP("CoreErrors", "top level is {kind}; a LiteLLM price map is a JSON object of model entries"),
    "genai_top_level": QT_TRANSLATE_NOOP("CoreErrors", "top level is {kind}; a genai-prices file is a JSON list of providers (data.json) or one provider with its models"),
    "litellm_not_utf8": QT_TRANSLATE_NOOP("CoreErrors", "is not UTF-8 text (byte offset {offset}); a LiteLLM price map is UTF-8 JSON"),
    "invalid_json_short": QT_TRANSLATE_NOOP("CoreErrors", "not valid JSON ({detail}) (the file looks cut short)"),
    "nested_too_deep": QT_TRANSLATE_NOOP("CoreErrors", "is nested too deeply to be a price map"),
    "out_is_file": QT_TRANSLATE_NOOP("CoreErrors", "{out} is a file; give a folder (or a .json file for a single vendor)"),
    "out_is_folder": QT_TRANSLATE_NOOP("CoreErrors", "{out} is a folder; a name ending in .json is taken as one vendor file"),
    "out_many_vendors": QT_TRANSLATE_NOOP(
        "CoreErrors", "this import holds {count} vendors ({names}); the catalog reads one vendor per file, so give a folder"),
    "out_other_vendor": QT_TRANSLATE_NOOP(
        "CoreErrors", "{out} holds vendor {held!r}; this import is vendor {vendor!r} (give a folder, or another file)"),
    "out_is_bundled": QT_TRANSLATE_NOOP(
        "CoreErrors", "{out} is the bundled catalog; import into a folder of your own (it is loaded over the bundled one "
                      "with --catalog)"),
    "vendor_file_twice": QT_TRANSLATE_NOOP("CoreErrors", "vendor {vendor!r} also has a file in {folder} ({other})"),
    "import_file_too_large": QT_TRANSLATE_NOOP("CoreErrors", "would be {size} MB for {models} models, above the "
                                               "{limit} MB a catalog file may have: import fewer models at a time"),
    "import_invalid_entry": QT_TRANSLATE_NOOP("CoreErrors", "import produced an invalid entry: {problem}"),
    "source_format_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a source format ({allowed})"),
    "source_format_unclear": QT_TRANSLATE_NOOP("CoreErrors", "cannot tell the format of {name!r}; choose litellm, genai-prices, csv or xlsx"),
    "template_kind": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not csv or xlsx"),
    "header_missing_columns": QT_TRANSLATE_NOOP(
        "CoreErrors", "the header has no {columns} column (the price-list template shows the layout)"),
    "column_unknown_close": QT_TRANSLATE_NOOP("CoreErrors", "column {index} {name!r} is not a price-list column (did you mean {close}?)"),
    "column_unknown": QT_TRANSLATE_NOOP("CoreErrors", "column {index} {name!r} is not a price-list column; the columns are: {columns}"),
    "column_twice": QT_TRANSLATE_NOOP("CoreErrors", "column {name!r} appears twice (columns {first} and {second})"),
    "csv_encoding": QT_TRANSLATE_NOOP(
        "CoreErrors", "byte offset {offset} (0x{byte}) is neither UTF-8 nor GB18030 text; save the file as CSV UTF-8"),
    "csv_binary": QT_TRANSLATE_NOOP(
        "CoreErrors", "holds binary data (a NUL byte at byte offset {offset}); this is not a CSV text file — save the "
                      "sheet as CSV UTF-8, or import the .xlsx"),
    "csv_false_utf16": QT_TRANSLATE_NOOP("CoreErrors", "starts like UTF-16 text but is not; save it as CSV UTF-8"),
    "no_header_row": QT_TRANSLATE_NOOP("CoreErrors", "holds no header row"),
    "csv_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "not a readable CSV file ({detail})"),
    "csv_row_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "not a readable CSV row ({detail})"),
    "xlsx_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "is not a readable .xlsx workbook ({detail})"),
    "sheet_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "cannot be read ({detail})"),
    "workbook_too_many_workloads": QT_TRANSLATE_NOOP(
        "CoreErrors", "{count} workloads do not fit one workbook's Comparison sheet (at most {limit}); combine some"),
    # the command line's outputs, the PDF quote's logo
    "output_missing": QT_TRANSLATE_NOOP("CoreErrors", "nothing to write: give --xlsx PATH, --pdf PATH or both"),
    "logo_too_large": QT_TRANSLATE_NOOP("CoreErrors", "is {size} MB; a logo may be at most {limit} MB"),
    "logo_format": QT_TRANSLATE_NOOP("CoreErrors", "is a {kind} image; a logo must be a PNG or JPEG image"),
    "logo_too_many_pixels": QT_TRANSLATE_NOOP(
        "CoreErrors", "is {width} × {height} pixels; a logo may be at most {limit} pixels on a side"),
    "logo_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "is not a PNG or JPEG image that can be read ({detail})"),
    # usage exports being imported (core.importers.usage*)
    "usage_is_folder": QT_TRANSLATE_NOOP("CoreErrors", "is a folder, not a usage export"),
    "usage_too_large": QT_TRANSLATE_NOOP("CoreErrors", "is {size} MB; a usage export is expected to be under {limit} MB"),
    "usage_empty": QT_TRANSLATE_NOOP(
        "CoreErrors", "is empty; a usage export starts with a header row (date, model, input_tokens, output_tokens, …)"),
    "usage_no_rows": QT_TRANSLATE_NOOP("CoreErrors", "holds a header but no rows of usage"),
    "usage_all_skipped": QT_TRANSLATE_NOOP(
        "CoreErrors", "none of its {count} rows could be read; the first: {where}: {first}"),
    "usage_columns_missing": QT_TRANSLATE_NOOP(
        "CoreErrors", "has no column for {fields} (its columns: {header}); map the columns, or name them date, model, "
                      "input_tokens, output_tokens"),
    "usage_one_column": QT_TRANSLATE_NOOP("CoreErrors", "{field} is read from one column only"),
    "usage_column_absent": QT_TRANSLATE_NOOP("CoreErrors", "{field}: column {column} is not in the file"),
    "usage_mapping_object": QT_TRANSLATE_NOOP(
        "CoreErrors", "is not a usage mapping: expected a small JSON object {{\"field\": \"column header\"}}"),
    "usage_mapping_value": QT_TRANSLATE_NOOP("CoreErrors", "expected a column header, or a list of headers to add up"),
    "usage_column_twice": QT_TRANSLATE_NOOP("CoreErrors", "column {column!r} is listed twice; each column adds once"),
    "usage_group_unmapped": QT_TRANSLATE_NOOP(
        "CoreErrors", "the file has no group column mapped; map one (\"group\" in the mapping) or group otherwise"),
    "usage_header_absent": QT_TRANSLATE_NOOP("CoreErrors", "no column {column!r} in the file (its columns: {header})"),
    "usage_preset_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a preset ({allowed})"),
    "usage_grouping_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a grouping ({allowed})"),
    "usage_no_full_month": QT_TRANSLATE_NOOP(
        "CoreErrors", "the file holds no full calendar month of usage (it stops during {month})"),
    "usage_row_cut": QT_TRANSLATE_NOOP("CoreErrors", "the file ends inside this row, before its last columns: its "
                                       "missing cells are not zeros"),
    "usage_model_missing": QT_TRANSLATE_NOOP("CoreErrors", "the model is empty"),
    "usage_date_unreadable": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} is not a date (2025-03-01, 2025/3/1, 2025年3月1日, 2025-03, 20250301, Unix seconds)"),
    "usage_date_ambiguous": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} may be day/month or month/day; say which with \"day_first\" in the mapping"),
    "usage_date_range": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is outside the years 2000–2199"),
    "usage_tokens_negative": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is negative; token counts are 0 or more"),
    "usage_tokens_fraction": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a whole number of tokens"),
    "usage_tokens_not_a_number": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a number of tokens"),
    "usage_tokens_too_large": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is more than 10^15 tokens"),
    "usage_cached_above_input": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} cached tokens are more than the row's input tokens"),
    "usage_cost_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not an amount of money"),
    "usage_cost_sign_differs": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} is written in another currency than the row's; the row is left out"),
    "usage_currency_unreadable": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a currency code (USD, CNY, …)"),
    "usage_not_tokens": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} is not a token item (input, output or cache-hit tokens); the row is left out"),
    "usage_unit_unknown": QT_TRANSLATE_NOOP("CoreErrors", "{value!r} is not a unit of tokens (tokens, 千tokens, 百万tokens)"),
    "usage_note_cost_currency": QT_TRANSLATE_NOOP(
        "CoreErrors", "{count} rows have a cost but no currency: add a currency column, or \"currency_code\" to the "
                      "mapping; their costs are left out of the reconciliation"),
    "usage_note_monthly": QT_TRANSLATE_NOOP(
        "CoreErrors", "every date is the first of its month: read as monthly totals, so its last month is whole"),
    "filters_exclude_all": QT_TRANSLATE_NOOP(
        "CoreErrors", "no model given is of a vendor given: together they leave nothing to compare"),
    "logo_without_pdf": QT_TRANSLATE_NOOP("CoreErrors", "the logo goes on the PDF quote: give --pdf too"),
    "option_given_twice": QT_TRANSLATE_NOOP("CoreErrors", "given twice ({first!r}, then {then!r}); give it once"),
    "usage_note_day_first": QT_TRANSLATE_NOOP(
        "CoreErrors", "dates such as 03/04/2026 are read as day/month/year, the order {value!r} shows; if that is "
                      "wrong, choose the dates' order (the import's date setting, or \"day_first\" in a mapping "
                      "file)"),
    "usage_note_month_first": QT_TRANSLATE_NOOP(
        "CoreErrors", "dates such as 03/04/2026 are read as month/day/year, the order {value!r} shows; if that is "
                      "wrong, choose the dates' order (the import's date setting, or \"day_first\" in a mapping "
                      "file)"),
    "usage_note_dates_mixed": QT_TRANSLATE_NOOP(
        "CoreErrors", "{value!r} can only be month/day/year, but {first!r} can only be day/month/year: the "
                      "file writes dates in both orders, so some months may be wrong; check its dates"),
    "usage_note_future": QT_TRANSLATE_NOOP(
        "CoreErrors", "its usage is dated up to {last}, after today ({today}): check the file's dates (a wrong year, or "
                      "day and month swapped) before budgeting on its months"),
    # writing files
    "write_failed": "{reason}",
    "not_a_regular_file": QT_TRANSLATE_NOOP("CoreErrors", "is {kind}, not a regular file; choose a file"),
    "wrong_suffix": QT_TRANSLATE_NOOP("CoreErrors", "a {what} is written to a file ending in {suffix}; choose such a name"),
    "file_locked": QT_TRANSLATE_NOOP(
        "CoreErrors", "the file is open in another program (lock file {lock}); close it and try again, or delete the "
                      "lock file if no program has it open"),
}
