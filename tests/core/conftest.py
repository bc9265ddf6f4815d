import pytest
from catalog_factory import make_acme


@pytest.fixture
def acme(tmp_path):
    """Seven US models (flat, cached+batch, tiered, history, free, quota, off-peak) and one CNY model."""
    return make_acme(tmp_path)
