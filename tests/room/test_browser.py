"""The phone page in a real browser (the Debian chromium, headless, through Playwright):
join, pick a role, rate two principles, add a note, vote, reload, and the library holds it;
axe-core finds no WCAG 2.1 A/AA violation; participants' text stays text."""

from __future__ import annotations

import asyncio
import os

import pytest

from tests.browser import CHROMIUM, WCAG_21_AA
from tillitworkshop.room import RoomServer
from tillitworkshop.store import room as store
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import update_session

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason="needs the Debian chromium (.ci/run installs it)")
HOSTILE = "<img src=x onerror=alert(1)> <b>fet</b> <script>alert(2)</script> <para>x</para>"
WCAG = {"runOnly": {"type": "tag", "values": WCAG_21_AA}}


async def _axe(page) -> list[str]:
    from axe_playwright_python.async_playwright import Axe

    results = await Axe().run(page, options=WCAG)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]


def test_a_phone_takes_part_and_its_input_survives_a_reload(lib, demo_id):
    from playwright.async_api import async_playwright, expect

    problem = add_note(lib, demo_id, "problems", "problem", HOSTILE).ids[0]
    for n in load_workshop(lib, demo_id).notes:  # one problem on the board: ours
        if n.kind == "problem" and n.id != problem and n.group_id is None:
            lib.conn.execute("UPDATE notes SET group_id = ? WHERE id = ?", [problem, n.id])
    lib.conn.commit()
    update_session(lib, demo_id, current_phase="principles", language="sv")
    violations: dict[str, list[str]] = {}

    async def phase(server, page, key):
        update_session(lib, demo_id, current_phase=key)
        server.notify()  # as the window does on every change

    async def main():
        server = RoomServer(lib, demo_id)
        url = await server.start()
        try:
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(executable_path=CHROMIUM,
                                                   args=["--no-sandbox"])
                context = await browser.new_context(viewport={"width": 360, "height": 740},
                                                    locale="sv-SE")
                page = await context.new_page()
                await page.goto(url)
                await expect(page.get_by_role("heading", name="Var står vi i dag?")).to_be_visible()
                violations["principles"] = await _axe(page)
                await page.get_by_label("Din roll i styrkedjan").select_option("medarbetare")
                tillit = page.get_by_role("group", name="Tillit")
                await tillit.get_by_label("4").check()
                second = page.get_by_role("group", name="Handlingsutrymme")
                await second.get_by_label("2").check()
                await expect(page.locator("#outbox-line")).to_be_empty()

                await phase(server, page, "good_meeting")
                await expect(page.get_by_role("heading", name="Skriv en lapp")).to_be_visible()
                violations["notes"] = await _axe(page)
                await page.get_by_label("Det som hindrar").check()
                await page.get_by_label("Din lapp").fill("<b>Möten</b> utan <script>x</script>")
                await page.get_by_role("button", name="Skicka").click()
                await expect(page.locator("#message")).to_contain_text("Skickat")

                await phase(server, page, "problems")
                await expect(page.get_by_text(HOSTILE, exact=True)).to_be_visible()  # inert
                violations["board"] = await _axe(page)
                await page.get_by_role("button", name="Lägg en prick på").first.click()
                await expect(page.locator("#budget-line")).to_have_text(
                    "Du har 2 av 3 prickar kvar.")
                await page.reload()
                await expect(page.locator("#budget-line")).to_have_text(
                    "Du har 2 av 3 prickar kvar.")
                await phase(server, page, "principles")
                await expect(page.get_by_role("group", name="Tillit").get_by_label("4")).to_be_checked()
                await expect(page.get_by_label("Din roll i styrkedjan")).to_have_value("medarbetare")
                assert await page.evaluate("document.querySelectorAll('img, b, para').length") == 0
                await page.get_by_role("button", name="In English").click()
                await expect(page.get_by_role("heading", name="Where are we today?")).to_be_visible()
                await browser.close()
        finally:
            await server.stop()

    asyncio.run(main())
    assert violations == {"principles": [], "notes": [], "board": []}
    w = load_workshop(lib, demo_id)
    mine = {r.principle: (r.value, r.role) for r in w.ratings if r.device}
    assert mine == {"tillit": (4, "medarbetare"), "handlingsutrymme": (2, "medarbetare")}
    assert [(q.kind, q.text) for q in store.pending(lib, demo_id)] == [
        ("hinder", "<b>Möten</b> utan <script>x</script>")]
    assert next(n.votes for n in w.notes if n.id == problem) == 1
