"""Language: intent classification and extraction of dates, amounts and invoice references."""
