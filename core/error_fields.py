"""The English text of the named places and words inside the core's error messages (a :class:`core.errors.Field`
code → its text): "input tokens", "line 3, column 5", "a whole number". The GUI translates them (context
"CoreFields", marked for lupdate as :mod:`core.error_texts` marks the messages). Imports: core.error_texts only.
"""

from __future__ import annotations

from core.error_texts import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    # places a user knows by name
    "fx": QT_TRANSLATE_NOOP("CoreFields", "FX"),
    "workload_name": QT_TRANSLATE_NOOP("CoreFields", "workload name"),
    "workloads": QT_TRANSLATE_NOOP("CoreFields", "workloads"),
    "input_tokens": QT_TRANSLATE_NOOP("CoreFields", "input tokens"),
    "output_tokens": QT_TRANSLATE_NOOP("CoreFields", "output tokens"),
    "prompt_tokens": QT_TRANSLATE_NOOP("CoreFields", "prompt tokens"),
    "prompt_tokens_per_request": QT_TRANSLATE_NOOP("CoreFields", "prompt tokens per request"),
    "cache_hit_pct": QT_TRANSLATE_NOOP("CoreFields", "cache-hit %"),
    "batch_pct": QT_TRANSLATE_NOOP("CoreFields", "batch %"),
    "off_peak_pct": QT_TRANSLATE_NOOP("CoreFields", "off-peak %"),
    "traffic_shares": QT_TRANSLATE_NOOP("CoreFields", "batch % + off-peak %"),
    "requests_per_day": QT_TRANSLATE_NOOP("CoreFields", "requests per day"),
    "tokens_per_request": QT_TRANSLATE_NOOP("CoreFields", "tokens per request"),
    "monthly_tokens": QT_TRANSLATE_NOOP("CoreFields", "monthly tokens"),
    "number_of_chars": QT_TRANSLATE_NOOP("CoreFields", "number of chars"),
    "number_of_words": QT_TRANSLATE_NOOP("CoreFields", "number of words"),
    "text_unit": QT_TRANSLATE_NOOP("CoreFields", "text unit"),
    "validity_days": QT_TRANSLATE_NOOP("CoreFields", "validity (days)"),
    "issue_date": QT_TRANSLATE_NOOP("CoreFields", "issue date"),
    "client": QT_TRANSLATE_NOOP("CoreFields", "client"),
    "quote_no": QT_TRANSLATE_NOOP("CoreFields", "quote number"),
    "prepared_by": QT_TRANSLATE_NOOP("CoreFields", "prepared by"),
    "company": QT_TRANSLATE_NOOP("CoreFields", "company"),
    "notes": QT_TRANSLATE_NOOP("CoreFields", "notes"),
    "discount_pct": QT_TRANSLATE_NOOP("CoreFields", "discount %"),
    "markup_pct": QT_TRANSLATE_NOOP("CoreFields", "markup %"),
    "tax_pct": QT_TRANSLATE_NOOP("CoreFields", "tax %"),
    "discount_for": QT_TRANSLATE_NOOP("CoreFields", "discount % for {vendor}"),
    "months": QT_TRANSLATE_NOOP("CoreFields", "months"),
    "growth_pct": QT_TRANSLATE_NOOP("CoreFields", "growth %"),
    "decline_pct": QT_TRANSLATE_NOOP("CoreFields", "price decline %"),
    "models": QT_TRANSLATE_NOOP("CoreFields", "models"),
    "model": QT_TRANSLATE_NOOP("CoreFields", "model"),
    "vendor": QT_TRANSLATE_NOOP("CoreFields", "vendor"),
    "override": QT_TRANSLATE_NOOP("CoreFields", "override"),
    "override_dates": QT_TRANSLATE_NOOP("CoreFields", "override dates"),
    "layer": QT_TRANSLATE_NOOP("CoreFields", "layer"),
    "language": QT_TRANSLATE_NOOP("CoreFields", "language"),
    "paper": QT_TRANSLATE_NOOP("CoreFields", "paper size"),
    "audience": QT_TRANSLATE_NOOP("CoreFields", "audience (client or internal)"),
    "top_level": QT_TRANSLATE_NOOP("CoreFields", "top level"),
    "line_column": QT_TRANSLATE_NOOP("CoreFields", "line {line}, column {column}"),
    "sheet": QT_TRANSLATE_NOOP("CoreFields", "sheet {name}"),
    "line_number": QT_TRANSLATE_NOOP("CoreFields", "line {line}"),
    "usage_grouping": QT_TRANSLATE_NOOP("CoreFields", "grouping"),
    "usage_months": QT_TRANSLATE_NOOP("CoreFields", "months of usage"),
    "plan_name": QT_TRANSLATE_NOOP("CoreFields", "plan name"),
    "plan_constraint": QT_TRANSLATE_NOOP("CoreFields", "plan constraint {name}"),
    "plan_assignment": QT_TRANSLATE_NOOP("CoreFields", "plan {plan!r}"),
    "plan_workload": QT_TRANSLATE_NOOP("CoreFields", "plan {plan!r}, workload {workload!r}"),
    "plans": QT_TRANSLATE_NOOP("CoreFields", "plans"),
    "usage_alternatives": QT_TRANSLATE_NOOP("CoreFields", "the same usage on other models"),
    # words inside a message
    "kind_text": QT_TRANSLATE_NOOP("CoreFields", "text"),
    "kind_whole_number": QT_TRANSLATE_NOOP("CoreFields", "a whole number"),
    "kind_list": QT_TRANSLATE_NOOP("CoreFields", "a list"),
    "kind_object": QT_TRANSLATE_NOOP("CoreFields", "an object"),
    "kind_bool": QT_TRANSLATE_NOOP("CoreFields", "true or false"),
    "kind_null": QT_TRANSLATE_NOOP("CoreFields", "null"),
    "kind_string": QT_TRANSLATE_NOOP("CoreFields", "a string"),
    "kind_object_without_models": QT_TRANSLATE_NOOP("CoreFields", "an object without a models list"),
    "kind_number": QT_TRANSLATE_NOOP("CoreFields", "a number"),
    "kind_other": QT_TRANSLATE_NOOP("CoreFields", "another kind of value"),
    "cannot_be_read": QT_TRANSLATE_NOOP("CoreFields", "cannot be read"),
    # the system's reasons for a failed read, as Linux and macOS word them (shown as the system gave them)
    "read_no_such_file": QT_TRANSLATE_NOOP("CoreFields", "No such file or directory"),
    "read_permission": QT_TRANSLATE_NOOP("CoreFields", "Permission denied"),
    "read_is_folder": QT_TRANSLATE_NOOP("CoreFields", "Is a directory"),
    "os_permission": QT_TRANSLATE_NOOP("CoreFields", "permission denied (choose another folder or check the file is not read-only)"),
    "os_disk_full": QT_TRANSLATE_NOOP("CoreFields", "the disk is full"),
    "os_read_only": QT_TRANSLATE_NOOP("CoreFields", "the folder is on a read-only disk"),
    "os_busy": QT_TRANSLATE_NOOP("CoreFields", "the file is open in another program; close it and try again"),
    "os_no_folder": QT_TRANSLATE_NOOP("CoreFields", "the folder does not exist"),
    "os_is_folder": QT_TRANSLATE_NOOP("CoreFields", "that is a folder, not a file"),
    "os_name_too_long": QT_TRANSLATE_NOOP("CoreFields", "the file name is too long; choose a shorter one"),
    "os_file_too_big": QT_TRANSLATE_NOOP("CoreFields", "the file is larger than this disk or account allows"),
    "os_link_loop": QT_TRANSLATE_NOOP("CoreFields", "the path goes round a loop of links"),
    "os_name_not_allowed": QT_TRANSLATE_NOOP("CoreFields", "this disk does not allow that file name (a character such "
                                                           "as : or ? in it?); choose another"),
    "os_disk_error": QT_TRANSLATE_NOOP("CoreFields", "the disk reported an error (is it still connected?)"),
    # what a library said went wrong, inside "not valid JSON ({detail})" and the like (core.errors.detail_of)
    "json_expecting_value": QT_TRANSLATE_NOOP("CoreFields", "a value is missing"),
    "json_expecting_name": QT_TRANSLATE_NOOP("CoreFields", "a name in double quotes is missing"),
    "json_expecting_colon": QT_TRANSLATE_NOOP("CoreFields", "a ':' is missing"),
    "json_expecting_comma": QT_TRANSLATE_NOOP("CoreFields", "a ',' is missing"),
    "json_unterminated_string": QT_TRANSLATE_NOOP("CoreFields", "a text in quotes does not end"),
    "json_control_character": QT_TRANSLATE_NOOP("CoreFields", "a text holds a control character"),
    "json_bad_escape": QT_TRANSLATE_NOOP("CoreFields", "a backslash escape is not valid"),
    "json_extra_data": QT_TRANSLATE_NOOP("CoreFields", "more follows the end of the data"),
    "json_trailing_comma": QT_TRANSLATE_NOOP("CoreFields", "a ',' comes before a closing bracket"),
    "detail_nul": QT_TRANSLATE_NOOP("CoreFields", "a line holds a NUL byte"),
    "detail_field_too_long": QT_TRANSLATE_NOOP("CoreFields", "a cell is too long"),
    "detail_newline_in_field": QT_TRANSLATE_NOOP("CoreFields", "a line break inside a cell without quotes"),
    "detail_parts_missing": QT_TRANSLATE_NOOP("CoreFields", "parts of the workbook are missing"),
    "detail_not_zip": QT_TRANSLATE_NOOP("CoreFields", "not an .xlsx workbook, or one cut short"),
    "detail_not_an_image": QT_TRANSLATE_NOOP("CoreFields", "not an image file"),
    "detail_cut_short": QT_TRANSLATE_NOOP("CoreFields", "the file is cut short"),
    "detail_damaged": QT_TRANSLATE_NOOP("CoreFields", "the file is damaged"),
    "workbook": QT_TRANSLATE_NOOP("CoreFields", "workbook"),
    "pdf_quote": QT_TRANSLATE_NOOP("CoreFields", "PDF quote"),
    "logo": QT_TRANSLATE_NOOP("CoreFields", "logo"),
    "kind_link": QT_TRANSLATE_NOOP("CoreFields", "a link"),
    "kind_folder": QT_TRANSLATE_NOOP("CoreFields", "a folder"),
    "kind_device": QT_TRANSLATE_NOOP("CoreFields", "a device"),
    "kind_pipe": QT_TRANSLATE_NOOP("CoreFields", "a pipe"),
    # a price-list import's skipped rows (core.importers): the reason they are grouped by, then the details
    "skip_no_usable_id": QT_TRANSLATE_NOOP("CoreFields", "no usable model id"),
    "skip_converted_currency": QT_TRANSLATE_NOOP("CoreFields", "converted from another currency"),
    "skip_invalid_price": QT_TRANSLATE_NOOP("CoreFields", "invalid price"),
    "skip_negative_price": QT_TRANSLATE_NOOP("CoreFields", "negative price"),
    "skip_unrecognised_tiers": QT_TRANSLATE_NOOP("CoreFields", "unrecognised tiers"),
    "skip_unrecognised_prices": QT_TRANSLATE_NOOP("CoreFields", "unrecognised prices"),
    "skip_per_request": QT_TRANSLATE_NOOP("CoreFields", "also priced per request"),
    "skip_no_price": QT_TRANSLATE_NOOP("CoreFields", "no price"),
    "skip_no_token_price": QT_TRANSLATE_NOOP("CoreFields", "no per-token price"),
    "skip_no_token_price_units": QT_TRANSLATE_NOOP("CoreFields", "no per-token price ({units})"),
    "skip_price_missing": QT_TRANSLATE_NOOP("CoreFields", "input or output price missing"),
    "skip_conditional_prices": QT_TRANSLATE_NOOP("CoreFields", "unrecognised conditional prices"),
    "skip_invalid_date": QT_TRANSLATE_NOOP("CoreFields", "invalid date"),
    "skip_duplicate_key": QT_TRANSLATE_NOOP("CoreFields", "duplicate key"),
    "skip_spec_entry": QT_TRANSLATE_NOOP("CoreFields", "specification entry"),
    "skip_not_object": QT_TRANSLATE_NOOP("CoreFields", "not an object"),
    "skip_mode_missing": QT_TRANSLATE_NOOP("CoreFields", "mode missing"),
    "skip_mode": QT_TRANSLATE_NOOP("CoreFields", "mode={mode}"),
    "skip_provider_missing": QT_TRANSLATE_NOOP("CoreFields", "litellm_provider missing"),
    "skip_tier_fields": QT_TRANSLATE_NOOP("CoreFields", "unrecognised tier fields"),
    "skip_conflicting_prices": QT_TRANSLATE_NOOP("CoreFields", "conflicting prices"),
    "skip_tiered_pricing": QT_TRANSLATE_NOOP("CoreFields", "unrecognised tiered_pricing"),
    "skip_off_peak_pricing": QT_TRANSLATE_NOOP("CoreFields", "unrecognised off_peak_pricing"),
    "skip_missing_value": QT_TRANSLATE_NOOP("CoreFields", "missing value"),
    "skip_invalid_id": QT_TRANSLATE_NOOP("CoreFields", "invalid id"),
    "skip_invalid_number": QT_TRANSLATE_NOOP("CoreFields", "invalid number"),
    "skip_invalid_region": QT_TRANSLATE_NOOP("CoreFields", "invalid region"),
    "skip_invalid_tier_row": QT_TRANSLATE_NOOP("CoreFields", "invalid tier row"),
    "skip_invalid_url": QT_TRANSLATE_NOOP("CoreFields", "invalid URL"),
    "skip_unknown_currency": QT_TRANSLATE_NOOP("CoreFields", "unknown currency"),
    "skip_duplicate_model": QT_TRANSLATE_NOOP("CoreFields", "duplicate model id"),
    "skip_not_provider": QT_TRANSLATE_NOOP("CoreFields", "not a provider"),
    "skip_currency_differs": QT_TRANSLATE_NOOP("CoreFields", "currency differs from the catalog"),
    "skip_duplicate_row": QT_TRANSLATE_NOOP("CoreFields", "duplicate row"),
    "skip_price_incomplete": QT_TRANSLATE_NOOP("CoreFields", "price incomplete"),
    "skip_tier_without_base": QT_TRANSLATE_NOOP("CoreFields", "tier without its base row"),
    "skip_vendor_incomplete": QT_TRANSLATE_NOOP("CoreFields", "new vendor incomplete"),
    "skip_currency_in_file": QT_TRANSLATE_NOOP("CoreFields", "currency differs within the file"),
    "skipd_id_is": QT_TRANSLATE_NOOP("CoreFields", "id is {value!r}"),
    "skipd_converted_currency": QT_TRANSLATE_NOOP(
        "CoreFields", "genai-prices converts this provider's prices to USD from the vendor's own currency; the catalog's {model} keeps the price as the vendor publishes it"),
    "skipd_not_a_date": QT_TRANSLATE_NOOP("CoreFields", "{where} is {value!r}, not a date (YYYY-MM-DD)"),
    "skipd_not_a_number": QT_TRANSLATE_NOOP("CoreFields", "{where} is {value!r}, not a number"),
    "skipd_is": QT_TRANSLATE_NOOP("CoreFields", "{where} is {value}"),
    "skipd_implausible_1m": QT_TRANSLATE_NOOP("CoreFields", "{where} is {value} per 1M tokens: not a plausible price"),
    "skipd_not_tiers": QT_TRANSLATE_NOOP("CoreFields", "{where} is not {{base, tiers: [{{start, price}}]}}"),
    "skipd_start_twice": QT_TRANSLATE_NOOP("CoreFields", "{where} gives one start twice"),
    "skipd_not_an_object": QT_TRANSLATE_NOOP("CoreFields", "{where} is {kind}, not an object"),
    "skipd_requests_kcount": QT_TRANSLATE_NOOP(
        "CoreFields", "{where}.requests_kcount is {value}; the catalog prices tokens only"),
    "skipd_empty": QT_TRANSLATE_NOOP("CoreFields", "{where} is empty"),
    "skipd_missing_together": QT_TRANSLATE_NOOP(
        "CoreFields", "{field} is missing; input and output are priced together"),
    "skipd_empty_list": QT_TRANSLATE_NOOP("CoreFields", "{where} is an empty list"),
    "skipd_dates_order": QT_TRANSLATE_NOOP("CoreFields", "{where}: start dates out of order or given twice"),
    "skipd_window_one_default": QT_TRANSLATE_NOOP(
        "CoreFields", "{where}: a daily window is read only beside one default price"),
    "skipd_constraint_is": QT_TRANSLATE_NOOP("CoreFields", "{where}.constraint is {value!r}"),
    "skipd_off_peak_tiers": QT_TRANSLATE_NOOP("CoreFields", "{where}: off-peak prices with context tiers"),
    "skipd_neither_cheaper": QT_TRANSLATE_NOOP("CoreFields", "{where}: neither price is the cheaper one"),
    "skipd_not_utc_time": QT_TRANSLATE_NOOP("CoreFields", "{where} is {value!r}, not a UTC time HH:MM[:SS]Z"),
    "skipd_not_start_price": QT_TRANSLATE_NOOP("CoreFields", "{where} is not {{start, price}}"),
    "skipd_start_not_tokens": QT_TRANSLATE_NOOP(
        "CoreFields", "{where}.start is {value!r}, not a positive whole number of tokens"),
    "skipd_neither_mtok": QT_TRANSLATE_NOOP("CoreFields", "neither input_mtok nor output_mtok"),
    "skipd_not_constraint_prices": QT_TRANSLATE_NOOP("CoreFields", "{where} is not {{constraint, prices}}"),
    "skipd_sample_spec": QT_TRANSLATE_NOOP("CoreFields", "sample_spec documents the format; it is not a model"),
    "skipd_value_is_kind": QT_TRANSLATE_NOOP("CoreFields", "the value is {kind}"),
    "skipd_no_mode": QT_TRANSLATE_NOOP(
        "CoreFields", "no 'mode': cannot tell a chat model from an embedding or image model"),
    "skipd_no_provider": QT_TRANSLATE_NOOP("CoreFields", "cannot tell which vendor sells it"),
    "skipd_no_id_letters": QT_TRANSLATE_NOOP("CoreFields", "{key!r} has no letters or digits to make an id from"),
    "skipd_per_request": QT_TRANSLATE_NOOP("CoreFields", "{field} is {value}; the catalog prices tokens only"),
    "skipd_duplicate_key": QT_TRANSLATE_NOOP("CoreFields", "{key!r} also at line {line}; JSON readers keep only one"),
    "skipd_implausible_token": QT_TRANSLATE_NOOP(
        "CoreFields", "{field} is {value} per token: not a plausible per-token price"),
    "skipd_not_per_token": QT_TRANSLATE_NOOP(
        "CoreFields", "{field} is {value} per token ({per_1m} per 1M): not a per-token price"),
    "skipd_both_tier_kinds": QT_TRANSLATE_NOOP("CoreFields", "both tiered_pricing and {field}: which one applies?"),
    "skipd_neither_cost": QT_TRANSLATE_NOOP("CoreFields", "neither input_cost_per_token nor output_cost_per_token"),
    "skipd_tiered_list": QT_TRANSLATE_NOOP("CoreFields", "expected a non-empty list of {{range: [lo, hi], ...}}"),
    "skipd_no_range_at_0": QT_TRANSLATE_NOOP("CoreFields", "no range starts at 0 (first starts at {start:,})"),
    "skipd_it_is_kind": QT_TRANSLATE_NOOP("CoreFields", "it is {kind}, not an object"),
    "skipd_field_name": QT_TRANSLATE_NOOP("CoreFields", "field {field!r}"),
    "skipd_windows_list": QT_TRANSLATE_NOOP("CoreFields", "windows is not a list of {{hours_utc, weekdays}}"),
    "skipd_not_above_field": QT_TRANSLATE_NOOP("CoreFields", "{field} is not a <price>_above_<N>k_tokens field"),
    "skipd_not_whole_tokens": QT_TRANSLATE_NOOP("CoreFields", "{field}: {tokens} is not a whole number of tokens"),
    "skipd_only_batch_above": QT_TRANSLATE_NOOP("CoreFields", "above {tokens:,} tokens only batch prices are given"),
    "skipd_has_field": QT_TRANSLATE_NOOP("CoreFields", "{where} has {field!r}"),
    "skipd_range_is": QT_TRANSLATE_NOOP("CoreFields", "{where}.range is {value!r}, not [lo, hi]"),
    "skipd_not_token_range": QT_TRANSLATE_NOOP("CoreFields", "{where}.range [{lo}, {hi}] is not a token range"),
    "skipd_gap_overlap": QT_TRANSLATE_NOOP("CoreFields", "ranges leave a gap or overlap between {end} and {start}"),
    "skipd_no_field": QT_TRANSLATE_NOOP("CoreFields", "no {field}"),
    "skipd_not_hours_weekdays": QT_TRANSLATE_NOOP("CoreFields", "{where} is not {{hours_utc, weekdays}}"),
    "skipd_hours_is": QT_TRANSLATE_NOOP("CoreFields", "{where}.hours_utc is {value!r}"),
    "skipd_first_range_differs": QT_TRANSLATE_NOOP(
        "CoreFields", "{field} ({top}/1M) differs from tiered_pricing's first range ({value}/1M)"),
    "skipd_where_has_no": QT_TRANSLATE_NOOP("CoreFields", "{where} has no {field}"),
    "skipd_not_hhmm": QT_TRANSLATE_NOOP("CoreFields", "{where}.hours_utc {value!r} is not HH:MM-HH:MM"),
    "skipd_weekdays": QT_TRANSLATE_NOOP("CoreFields", "{where}.weekdays is {value!r} (expected 1–7, Monday = 1)"),
    "skipd_column_empty": QT_TRANSLATE_NOOP("CoreFields", "column {column} is empty"),
    "skipd_vendor_slug": QT_TRANSLATE_NOOP("CoreFields", "column vendor_id: {value!r} must be a slug (a-z 0-9 . -)"),
    "skipd_not_under_vendor": QT_TRANSLATE_NOOP(
        "CoreFields", "column model_id: {value!r} is not under vendor {vendor!r}"),
    "skipd_model_slug": QT_TRANSLATE_NOOP(
        "CoreFields", "column model_id: {value!r} must be vendor/model with a-z 0-9 . _ - only"),
    "skipd_above_positive": QT_TRANSLATE_NOOP(
        "CoreFields", "column above_prompt_tokens: {value} must be above 0 (empty for the base price)"),
    "skipd_region": QT_TRANSLATE_NOOP("CoreFields", "column region: {value!r} is not one of {regions}"),
    "skipd_url": QT_TRANSLATE_NOOP("CoreFields", "column source_url: {value!r} is not an http(s) address"),
    "skipd_segment_together": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column} is empty; {segment} input and output prices go together"),
    "skipd_tier_row_prices": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: a tier row (above_prompt_tokens set) holds prices only; put batch, off-peak and free allowances on the base row"),
    "skipd_factor_or_prices": QT_TRANSLATE_NOOP(
        "CoreFields", "column {segment}_factor: give a factor or explicit {segment} prices, not both"),
    "skipd_cached_needs": QT_TRANSLATE_NOOP(
        "CoreFields", "column {segment}_input_per_1m is empty ({segment}_cached_input_per_1m needs input and output prices)"),
    "skipd_hours_no_price": QT_TRANSLATE_NOOP(
        "CoreFields", "column off_peak_hours is set but no off-peak price is given"),
    "skipd_ambiguous": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: {value!r} is ambiguous; write numbers with a decimal point and no thousands separators (1.5, 1234.5)"),
    "skipd_not_real_date": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: {value!r} is not a real date (write YYYY-MM-DD)"),
    "skipd_date_range": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: {value} is outside the catalog's years ({first} to {last})"),
    "skipd_currency_hint": QT_TRANSLATE_NOOP(
        "CoreFields", "column currency: {value!r} is not an ISO 4217 code (did you mean {hint}?)"),
    "skipd_currency_code": QT_TRANSLATE_NOOP(
        "CoreFields", "column currency: {value!r} is not an ISO 4217 code (e.g. USD, CNY, EUR)"),
    "skipd_column_not_number": QT_TRANSLATE_NOOP("CoreFields", "column {column}: {value!r} is not a number"),
    "skipd_column_not_finite": QT_TRANSLATE_NOOP("CoreFields", "column {column}: {value!r} is not a finite number"),
    "skipd_column_below_0": QT_TRANSLATE_NOOP("CoreFields", "column {column}: {value} is below 0"),
    "skipd_column_implausible": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: {value} per 1M tokens is not a plausible price"),
    "skipd_share": QT_TRANSLATE_NOOP(
        "CoreFields", "column {column}: {value!r} must be a share of the standard price, above 0 and at most 1 (0.5 or 50%)"),
    "skipd_currency_unknown_model": QT_TRANSLATE_NOOP(
        "CoreFields", "column currency is empty and the catalog does not know this model or vendor"),
    "skipd_error": QT_TRANSLATE_NOOP("CoreFields", "{error}"),
    "table_row": QT_TRANSLATE_NOOP("CoreFields", "row {line}"),
    "table_column": QT_TRANSLATE_NOOP("CoreFields", "column {column}"),
    "import_note_nothing": QT_TRANSLATE_NOOP("CoreFields", "nothing to write: every row was skipped"),
    "import_note_no_bundled": QT_TRANSLATE_NOOP(
        "CoreFields", "the bundled catalog could not be read ({error}); every model counts as added"),
    "skipd_duplicate_same": QT_TRANSLATE_NOOP(
        "CoreFields", "{model} also comes from {kept!r}, which is kept; same prices"),
    "skipd_duplicate_different": QT_TRANSLATE_NOOP(
        "CoreFields", "{model} also comes from {kept!r}, which is kept; different prices"),
    "skipd_provider_without": QT_TRANSLATE_NOOP("CoreFields", "a provider without an id or models"),
    "skipd_it_is": QT_TRANSLATE_NOOP("CoreFields", "it is {what}"),
    "skipd_entry_is_kind": QT_TRANSLATE_NOOP("CoreFields", "the entry is {kind}"),
    "skipd_currency_differs": QT_TRANSLATE_NOOP(
        "CoreFields", "the catalog prices {model} in {known}; this source gives {given}, and one model's history stays in one currency"),
    "skipd_duplicate_row": QT_TRANSLATE_NOOP("CoreFields", "{model} from {start} is also on line {line}"),
    "skipd_duplicate_tier": QT_TRANSLATE_NOOP(
        "CoreFields", "the tier above {tokens:,} tokens of {model} from {start} is also on line {line}"),
    "skipd_price_incomplete": QT_TRANSLATE_NOOP(
        "CoreFields", "line {line} of this price ({reason}) was skipped, so the rest is not imported either"),
    "skipd_tier_without_base": QT_TRANSLATE_NOOP(
        "CoreFields", "no row for {model} from {start} with an empty above_prompt_tokens"),
    "skipd_vendor_region_url": QT_TRANSLATE_NOOP(
        "CoreFields", "vendor {vendor!r} is not in the catalog: give its region (US, EU or CN) and source_url (its pricing page) on one of its rows"),
    "skipd_vendor_region": QT_TRANSLATE_NOOP(
        "CoreFields", "vendor {vendor!r} is not in the catalog: give its region (US, EU or CN) on one of its rows"),
    "skipd_vendor_url": QT_TRANSLATE_NOOP(
        "CoreFields", "vendor {vendor!r} is not in the catalog: give its source_url (its pricing page) on one of its rows"),
    "skipd_currency_in_file_line": QT_TRANSLATE_NOOP(
        "CoreFields", "{model} is priced in {currency} on line {line}; one model's prices stay in one currency"),
    "skipd_currency_in_file_row": QT_TRANSLATE_NOOP(
        "CoreFields", "{model} is priced in {currency} on row {line}; one model's prices stay in one currency"),
    # what an import says about the rows it took (the report's details), and the words inside them
    "words": QT_TRANSLATE_NOOP("CoreFields", "{parts}"),
    "import_prices": QT_TRANSLATE_NOOP("CoreFields", "in {input} / out {output}"),
    "import_prices_cached": QT_TRANSLATE_NOOP("CoreFields", "in {input} / out {output}, cached {cached}"),
    "import_change_later": QT_TRANSLATE_NOOP("CoreFields", "new point from {start}; the catalog's prices start later"),
    "import_change_same_replaces": QT_TRANSLATE_NOOP(
        "CoreFields", "replaces the catalog's point from {start}, same prices as from {before}"),
    "import_change_same_new": QT_TRANSLATE_NOOP("CoreFields", "new point from {start}, same prices as from {before}"),
    "import_change_tiers_replaces": QT_TRANSLATE_NOOP(
        "CoreFields", "replaces the catalog's point from {start}, same base prices as from {before}, other context tiers"),
    "import_change_tiers_new": QT_TRANSLATE_NOOP(
        "CoreFields", "new point from {start}, same base prices as from {before}, other context tiers"),
    "import_change_prices_replaces": QT_TRANSLATE_NOOP(
        "CoreFields", "replaces the catalog's point from {start}: {new} (was {old} from {before})"),
    "import_change_prices_new": QT_TRANSLATE_NOOP(
        "CoreFields", "new point from {start}: {new} (was {old} from {before})"),
    "import_context_unknown": QT_TRANSLATE_NOOP("CoreFields", "context window unknown (the source gives none)"),
    "import_known_up_to_kept": QT_TRANSLATE_NOOP("CoreFields", "prices still known only for prompts of up to {n} "
                                                 "tokens (the list gives no long-prompt price)"),
    "import_price_from": QT_TRANSLATE_NOOP("CoreFields", "price from {start}"),
    "import_tier_of_price": QT_TRANSLATE_NOOP(
        "CoreFields", "tier above {tokens:,} prompt tokens of the price from {start}"),
    "import_context_from_max_tokens": QT_TRANSLATE_NOOP(
        "CoreFields", "context window from max_tokens (the file gives no max_input_tokens)"),
    "import_deprecation_ignored": QT_TRANSLATE_NOOP("CoreFields", "deprecation_date {value!r} ignored (not a date)"),
    "import_free": QT_TRANSLATE_NOOP("CoreFields", "free (0/0 in the file)"),
    "import_not_imported": QT_TRANSLATE_NOOP("CoreFields", "not imported: {what}"),
    "import_tokens_ignored": QT_TRANSLATE_NOOP(
        "CoreFields", "{field} {value} ignored (not a positive whole number of tokens)"),
    "import_match_rule": QT_TRANSLATE_NOOP("CoreFields", "the file's match rule names the catalog's {model}"),
    "import_context_ignored": QT_TRANSLATE_NOOP(
        "CoreFields", "context_window {value!r} ignored (not a positive whole number of tokens)"),
    "import_first_price_undated": QT_TRANSLATE_NOOP(
        "CoreFields", "the file's first price ({prices}) was in force before {change}, from a date it does not give: not imported"),
    "import_scheduled": QT_TRANSLATE_NOOP("CoreFields", "scheduled: {prices} from {start}"),
    "import_reasoning_price": QT_TRANSLATE_NOOP(
        "CoreFields", "reasoning output is {value}/1M in the file; the output price here is for non-reasoning output"),
    "import_reasoning_price_first_range": QT_TRANSLATE_NOOP(
        "CoreFields", "reasoning output is {value}/1M in the file (first range); the output price here is for non-reasoning output"),
    "import_batch_only": QT_TRANSLATE_NOOP("CoreFields", "batch price not imported: the file gives only {field}"),
    "import_batch_by_tier": QT_TRANSLATE_NOOP(
        "CoreFields", "batch prices not imported: they differ by context tier in a way the catalog cannot hold (batch share billed at the standard price)"),
    "import_cache_hit_differs": QT_TRANSLATE_NOOP(
        "CoreFields", "input_cost_per_token_cache_hit ({hit}/1M) differs from cache_read_input_token_cost ({cached}/1M); the latter is used"),
    "import_off_peak_base_only": QT_TRANSLATE_NOOP(
        "CoreFields", "off-peak prices not imported: the file gives them for the base context tier only"),
    "addon_cache_writes": QT_TRANSLATE_NOOP("CoreFields", "cache writes"),
    "addon_audio": QT_TRANSLATE_NOOP("CoreFields", "audio"),
    "addon_images": QT_TRANSLATE_NOOP("CoreFields", "images"),
    "addon_video": QT_TRANSLATE_NOOP("CoreFields", "video"),
    "addon_per_character": QT_TRANSLATE_NOOP("CoreFields", "per-character prices"),
    "addon_per_second": QT_TRANSLATE_NOOP("CoreFields", "per-second prices"),
    "addon_priority": QT_TRANSLATE_NOOP("CoreFields", "priority tier"),
    "addon_flex": QT_TRANSLATE_NOOP("CoreFields", "flex tier"),
    "addon_web_search_queries": QT_TRANSLATE_NOOP("CoreFields", "web search/queries"),
    "addon_web_search": QT_TRANSLATE_NOOP("CoreFields", "web search"),
    "addon_reasoning": QT_TRANSLATE_NOOP("CoreFields", "reasoning output"),
    "addon_dbus": QT_TRANSLATE_NOOP("CoreFields", "Databricks DBUs"),
    "addon_citations": QT_TRANSLATE_NOOP("CoreFields", "citations"),
    "addon_batch_requests": QT_TRANSLATE_NOOP("CoreFields", "batch requests"),
    "unit_per_second": QT_TRANSLATE_NOOP("CoreFields", "per second"),
    "unit_per_character": QT_TRANSLATE_NOOP("CoreFields", "per character"),
    "unit_per_image": QT_TRANSLATE_NOOP("CoreFields", "per image"),
    "unit_per_pixel": QT_TRANSLATE_NOOP("CoreFields", "per pixel"),
    "unit_per_query": QT_TRANSLATE_NOOP("CoreFields", "per query"),
    "unit_per_request": QT_TRANSLATE_NOOP("CoreFields", "per request"),
    "unit_audio_tokens_only": QT_TRANSLATE_NOOP("CoreFields", "audio tokens only"),
}
