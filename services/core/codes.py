"""The fixed codes the UI offers as choices (the UI reaches models only through services)."""
from models.collection import FOLLOW_UP_CHANNELS
from models.customer import CREDIT_RATINGS, CUSTOMER_STATUSES, INVOICE_REQUIREMENTS
from models.payment import PAYMENT_METHODS
from services.core.statuses import CONTRACT_STATUSES

__all__ = ["CONTRACT_STATUSES", "CREDIT_RATINGS", "CUSTOMER_STATUSES", "FOLLOW_UP_CHANNELS",
           "INVOICE_REQUIREMENTS", "PAYMENT_METHODS"]
