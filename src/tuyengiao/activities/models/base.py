from django.db import models


class UnitRecord(models.Model):
    """A register row owned by one unit: the unit decides who sees and changes it."""

    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+")
    note = models.TextField("ghi chú", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        abstract = True

    def unit_for_scope(self):
        return self.unit
