"""Errors a user caused and can fix. Each names the field and the reason.

The reason is a short code; the UI turns (field, reason) into words in the user's language,
and `str()` gives an English sentence for the command line and logs.
"""
from __future__ import annotations

import datetime as dt

REASONS = {
    "required": "is required",
    "not_a_number": "is not a number",
    "not_an_integer": "is not a whole number",
    "negative": "must not be negative",
    "not_positive": "must be greater than zero",
    "too_precise": "has more decimal places than allowed ({places})",
    "too_large": "is too large",
    "not_a_date": "is not a valid date (use YYYY-MM-DD)",
    "in_future": "must not be later than today",
    "duplicate": "is already used by another record",
    "not_allowed": "has a value that is not allowed",
    "out_of_range": "must be between {low} and {high}",
    "schedule_mismatch": "add up to {scheduled}, but the contract total is {total}",
    "no_lines": "are missing: a contract needs at least one product line",
    "no_installments": "are missing: a contract needs at least one installment",
    "above_owed": "is {amount}, more than the {owed} still owed on that installment",
    "above_payment": "add up to {allocated}, more than the payment of {amount}",
    "not_found": "does not exist",
    "wrong_customer": "belongs to another customer",
    "not_receivable": "belongs to a contract that is not confirmed or delivered",
    "already_reversed": "was already reversed",
    "already_paid": "has payments allocated ({paid}); it cannot be removed or made smaller than that",
    "bad_transition": "cannot change from {current} to {target}",
    "has_payments": "has payments; reverse them first",
    "before_signed": "is before the contract's signing date",
    "too_long": "is longer than {limit} characters",
    "required_before_delivery": "must be recorded before the contract is marked delivered",
    "credit_hold": "refuses this contract: {reasons}",
    "before_made": "is before the day the promise was made",
    "before_contact": "is before the day of the contact",
    "nothing_owed": "has nothing owed to acknowledge",
    "company_missing": "is not filled in: enter our company's name under Settings > Company first",
    "already_replaced": "was already replaced by a newer promise",
    "not_repromisable": "is {status}: a kept promise cannot be replaced",
    # What users type (services/core/parsing.py): dates, text, codes and account numbers.
    "date_out_of_range": "must be between {low} and {high}",
    "line_break": "must be one line: no tab or line break (character {position})",
    "control_character": "contains a control or invisible character (character {position})",
    "wrong_length": "must be {length} characters long",
    "credit_code_characters": "may contain only digits and the letters A-Z except I, O, S, V, Z",
    "bad_check_character": "has a wrong check character (GB 32100-2015): check the code",
    "bank_account_characters": "may contain only digits and spaces",
    "too_many_digits": "has more than {limit} digits",
    "no_credit": "leaves no credit to apply on that day",
    "above_credit": "add up to {allocated}, more than the credit of {credit}",
    "already_undone": "was already undone",
    # Payment terms (services/ledger/terms.py).
    "unknown_terms": "names \"{name}\", which is not one of the company's payment terms",
    "terms_syntax": ("cannot be read at \"{part}\" (write each part as 30%deposit@signing+0,"
                     " parts separated by ;)"),
    "terms_percent": "add up to {percent}% ({name}); they must add up to 100%",
    "deposit_at_signing": "\"{part}\": a deposit falls due from the signing day (@signing)",
    "terms_in_use": ("\"{name}\" is the default of {count} customers: give them another payment"
                     " term first"),
    # Returns and allowances (services/ledger/credit_notes.py).
    "not_delivered": ("is not delivered: only a delivered (or closed) contract takes a return or"
                      " an allowance"),
    "before_delivery": "is before the goods were delivered ({delivery_on})",
    "above_returnable": ("is {quantity}, more than the {returnable} of {product} that can still be"
                         " returned ({supplied} supplied, less earlier returns)"),
    "nothing_returned": "are all empty: enter the quantity returned on at least one line",
    "above_contract": ("bring what is credited on the contract to {credited}, more than its total"
                       " of {total}"),
    "other_contract": "belongs to another contract",
    "above_credit_note": "add up to {allocated}, more than the credit note's {amount}",
    "has_returns": "include a line goods were returned against; it cannot be removed",
    # VAT invoices (services/ledger/invoices.py).
    "above_invoiceable": ("brings the contract's invoices to {invoiced}, more than its total of"
                          " {total}"),
    "before_issued": "is before the invoice's date",
    # The IOU's agreed repayment date (services/documents/printing.py: check_pay_by).
    "before_today": "must not be earlier than today",
    # Customer statements (services/papers/statements.py).
    "after_period_end": "is after the end of the period",
    "already_replied": "was already answered by the customer",
    "before_statement": "is before the statement was issued",
    "reply_without_difference": ("is missing: a disputed statement needs the customer's figure or"
                                 " a note saying what does not match"),
    # Merging two customers (services/ledger/merge.py).
    "same_customer": "is the customer being merged: choose another customer to keep",
    "letters_clash": ("already holds a level {level} letter of {day} addressed to the same former"
                      " code: these two customers cannot be merged"),
    # Imports (services/imports): a row's cells, the column mapping, rows against the database.
    "not_yes_no": "must be 是 or 否 (yes or no)",
    "before_invoice_date": "is before the invoice's date",
    "above_invoice": "is more than the invoice's amount of {amount}",
    "paid_and_open_differ": "plus the paid {paid} does not make the invoice's amount of {amount}",
    "not_mapped": "has no column of the file: choose one",
    "no_such_column": "names a column the file does not have ({column})",
    "column_twice": "maps column {column} to two fields",
    "unknown_field": "is not a field this import reads",
    "duplicate_in_file": "is also on row {first} of the file",
    "customer_not_found": "names no customer: import the customers first",
    "customer_not_found_no_name": ("names no customer, and the row has no customer name to create"
                                   " one with"),
    "differs_in_contract": "differs from row {row} of the same contract {number}",
    "contract_row_refused": "belongs to contract {number}, whose row {row} was refused",
    "customer_code_zeros": ("names no customer, but customer {code} exists: Excel may have dropped"
                            " the code's leading zeros (format the column as text and type it"
                            " again)"),
    "credit_invoice": ("is negative: a credit (红字) invoice is not an open receivable; take it"
                       " off the invoice it credits, or record a return or allowance on that"
                       " contract after the import"),
}


class ValidationError(Exception):
    def __init__(self, field: str, reason: str, **params: object) -> None:
        self.field = field
        self.reason = reason
        self.params = params
        template = REASONS.get(reason, reason)
        super().__init__(f"{field}: {template.format(**params)}")


class NotFound(Exception):
    """The record asked for does not exist (deleted by someone else, or a wrong number)."""


class EditConflict(Exception):
    """Someone saved this record after it was opened for editing: the save is refused and
    nothing of either change is lost. `operator` and `at` say who saved it and when (from the
    audit log; "" and None when the log has no entry)."""

    def __init__(self, entity: str, entity_id: int | None, operator: str = "",
                 at: dt.datetime | None = None) -> None:
        self.entity, self.entity_id = entity, entity_id
        self.operator, self.at = operator, at
        when = f" at {at:%Y-%m-%d %H:%M}" if at else ""
        super().__init__(f"{entity} {entity_id or ''} was changed by {operator or '?'}{when}; "
                         "open it again")
