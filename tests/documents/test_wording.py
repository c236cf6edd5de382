"""The printed words for the ledger's codes: one list each, covering every code."""
from __future__ import annotations

from models.papers import INVOICE_SENT, SENDING_METHODS
from models.payment import CREDIT_NOTE_METHOD, PAYMENT_METHODS
from services.documents import wording


def test_every_payment_method_has_its_printed_words():
    assert set(wording.PAYMENT_METHOD_WORDS) == {*PAYMENT_METHODS, CREDIT_NOTE_METHOD}
    assert wording.PAYMENT_METHOD_WORDS["acceptance_bill"] == "银行承兑汇票"


def test_every_way_of_sending_a_letter_or_an_invoice_has_its_printed_words():
    assert set(wording.SENDING_WORDS) == {*SENDING_METHODS, *INVOICE_SENT}
    assert wording.SENDING_WORDS[""] == "未寄出"


def test_the_papers_print_the_shared_words():
    from services.collection.dunning import LEVEL_NAMES
    from services.documents.letter_content import LETTER_TITLES
    from services.papers import evidence, statements

    for module in (evidence, statements):
        assert not hasattr(module, "METHOD_WORDS") and not hasattr(module, "SENT_WORDS")
    assert not hasattr(evidence, "LETTER_WORDS") and evidence.LETTER_TITLES is LETTER_TITLES
    import cli.dunning

    assert not hasattr(cli.dunning, "LEVEL_WORDS")
    assert LEVEL_NAMES[3] == LETTER_TITLES[3] == "逾期警告函"
