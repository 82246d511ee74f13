"""tuyengiao: managing Directive 05 / Conclusion 01 work from province to cell."""
