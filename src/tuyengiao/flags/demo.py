"""Demo: every campaign screened in year order, so flags and band keys exist from the start."""

from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_number
from tuyengiao.demo.registry import demo_step
from tuyengiao.flags.services import screen_campaign
from tuyengiao.pledges.models import Campaign


@demo_step(order=110, label="Sàng lọc bệnh hình thức các đợt đăng ký")
def screening_step(ctx) -> None:
    actor = Actor.system("command", "dữ liệu mẫu")
    parts = []
    for campaign in Campaign.objects.order_by("year"):
        summary = screen_campaign(actor, campaign)
        parts.append(f"năm {campaign.year}: {vn_number(summary['flagged'])}/{vn_number(summary['screened'])} "
                     "bản có cảnh báo")
    ctx.log(", ".join(parts))
