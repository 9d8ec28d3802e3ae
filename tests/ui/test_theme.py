"""The dark and light themes: every pair of text and background colours reads (WCAG contrast ratios), check boxes
show, the setting `theme` applies at once, and a real window in the light theme is light where panels are."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDockWidget, QFrame, QLabel

from app.ui.main_window import MainWindow
from app.ui.queue_model import COLUMN_KEYS
from app.ui.tasks import Jobs
from app.ui.theme import PALETTES, STYLE_COLOURS, apply_theme, chosen_theme, follow_theme, theme_palette
from widgets.colours import BADGE_STRIPS, BADGES, EDGES, INKS, badge, dark_theme, ink, mark, mark_strip
from widgets.provenance_panel import text_colour
from widgets.provenance_words import STRONG

THEMES = ("dark", "light")
R = QPalette.ColorRole
BODY, LARGE = 4.5, 3.0  # WCAG 2.x AA: body text; large or secondary text, and marks that are not text (focus)


def contrast(one: str | QColor, other: str | QColor) -> float:
    def luminance(colour: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())

    lighter, darker = sorted((luminance(QColor(one)), luminance(QColor(other))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def restored_theme(qapp):
    before = (qapp.style().name(), qapp.palette(), qapp.styleSheet())
    yield
    qapp.setStyle(before[0])
    qapp.setPalette(before[1])
    qapp.setStyleSheet(before[2])


def test_contrast_by_wcag():
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic grey that fails AA


@pytest.mark.parametrize("theme", THEMES)
def test_the_palettes_text_reads_on_its_backgrounds(theme):
    colours, palette = PALETTES[theme], theme_palette(theme)
    body = [
        (R.WindowText, R.Window),
        (R.Text, R.Base),
        (R.Text, R.AlternateBase),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.ToolTipText, R.ToolTipBase),
        (R.PlaceholderText, R.Base),
        (R.Link, R.Base),
        (R.Mid, R.Window),  # the panels' quiet words: palette(mid) in their style sheets
        (R.Mid, R.Base),
    ]
    for text, background in body:
        assert contrast(colours[text], colours[background]) >= BODY, (theme, text, background)
    for background in (R.Window, R.Base):  # the focus frame and the selection, drawn in the highlight
        assert contrast(colours[R.Highlight], colours[background]) >= LARGE, (theme, background)
    assert dark_theme(palette) == (theme == "dark")


@pytest.mark.parametrize("theme", THEMES)
def test_the_style_sheets_colours_read(theme):
    style, window_text = STYLE_COLOURS[theme], PALETTES[theme][R.WindowText]
    assert contrast(style["status_text"], style["status"]) >= BODY
    for background in ("bar", "hover", "checked", "title"):  # tool buttons' words, dock titles, table headers
        assert contrast(window_text, style[background]) >= BODY, (theme, background)
        assert contrast(ink("icon", theme_palette(theme)), style[background]) >= LARGE, (theme, background)
    for edge in ("box", "box_ticked_edge"):  # a check box's edge, empty or ticked, on the window
        assert contrast(style[edge], PALETTES[theme][R.Window]) >= LARGE, (theme, edge)
    assert contrast("#ffffff", style["box_ticked"]) >= LARGE  # the white tick


@pytest.mark.parametrize("theme", THEMES)
def test_every_colour_with_a_meaning_reads_on_the_panels(theme):
    palette, colours = theme_palette(theme), PALETTES[theme]
    for name in INKS:
        for background in (R.Window, R.Base, R.AlternateBase):
            assert contrast(ink(name, palette), colours[background]) >= BODY, (theme, name, background)
    assert contrast(ink("quiet", palette), ink("placeholder", palette)) >= BODY  # a thumbnail not made yet
    for level in BADGES:
        background, text = badge(level, palette)
        assert contrast(text, background) >= BODY, (theme, level)
    side = THEMES.index(theme)
    for strip in ("strong", "other"):  # the badge strip's sentence, in the window's text colour
        assert contrast(colours[R.WindowText], BADGE_STRIPS[strip][side]) >= BODY, (theme, strip)
    for name in ("rule", "placeholder edge"):  # edges only told apart from what they edge
        assert contrast(ink(name, palette), colours[R.Window]) >= 1.3, (theme, name)
    assert set(EDGES).isdisjoint(INKS)


def test_the_colours_follow_the_theme_in_use(qapp, qtbot, restored_theme):
    refusal, strip = QLabel("不是有效的时间码"), QFrame()
    for widget in (refusal, strip):
        qtbot.addWidget(widget)
        widget.show()
    mark(refusal, "refused")
    mark_strip(strip, "strong")
    strip.resize(40, 10)
    for side, theme in enumerate(THEMES):
        apply_theme(qapp, theme)
        assert dark_theme() == (theme == "dark")
        assert ink("refused") == QColor(INKS["refused"][side])
        assert qapp.palette().color(R.Window) == QColor(PALETTES[theme][R.Window])
        # marked widgets change with the theme, without being built again
        assert refusal.palette().color(refusal.foregroundRole()) == QColor(INKS["refused"][side]), theme
        assert strip.grab().toImage().pixelColor(20, 2) == QColor(BADGE_STRIPS["strong"][side]), theme
    mark(refusal, None)
    assert refusal.palette().color(refusal.foregroundRole()) == QColor(PALETTES["light"][R.WindowText])


def test_system_follows_the_systems_colour_scheme(qapp):
    assert chosen_theme("system", Qt.ColorScheme.Light) == "light"
    assert chosen_theme("system", Qt.ColorScheme.Dark) == "dark"
    assert chosen_theme("system", Qt.ColorScheme.Unknown) == "dark"  # the system does not say: a review tool's own
    assert chosen_theme("light", Qt.ColorScheme.Dark) == "light"  # a theme chosen is kept whatever the system's
    assert chosen_theme("neon") == chosen_theme("system")  # a value no version wrote reads as the default


def test_check_boxes_are_seen_in_both_themes(qapp, qtbot, restored_theme):
    for theme in THEMES:
        apply_theme(qapp, theme)
        empty, ticked = QCheckBox("Include each analyzer's per-frame scores"), QCheckBox("PDF for people")
        ticked.setChecked(True)
        for box in (empty, ticked):
            qtbot.addWidget(box)
            box.resize(300, 24)
        window = qapp.palette().window().color()
        edge = _most_apart(empty.grab().toImage(), 20, 24, window)
        assert contrast(edge, window) >= LARGE, theme  # the empty box's edge stands out from the window
        tick = max(QColor(ticked.grab().toImage().pixel(x, y)).lightness() for x in range(20) for y in range(24))
        assert tick > 230, theme  # the white tick on the blue box


def _most_apart(image, width: int, height: int, from_colour: QColor) -> QColor:
    pixels = (QColor(image.pixel(x, y)) for x in range(width) for y in range(height))
    return max(pixels, key=lambda pixel: contrast(pixel, from_colour))


def test_a_window_turns_light_when_chosen_in_the_settings(qapp, qtbot, restored_theme):
    apply_theme(qapp, "dark")
    window = MainWindow(QSettings(), Jobs())
    qtbot.addWidget(window)
    follow_theme(qapp, window.preferences)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.preferences.keep(replace(window.preferences.current, theme="light")) is None
    assert qapp.palette().color(R.Window) == QColor(PALETTES["light"][R.Window])
    docks = [dock for dock in window.findChildren(QDockWidget) if dock.isVisible()]
    assert docks
    for dock in docks:  # every panel on show is light, its words dark
        body = dock.widget().grab().toImage()
        assert _mean_lightness(body) > 180, dock.objectName()
    window.preferences.keep(replace(window.preferences.current, theme="dark"))
    assert qapp.palette().color(R.Window) == QColor(PALETTES["dark"][R.Window])


def _mean_lightness(image) -> float:
    values = [
        QColor(image.pixel(x, y)).lightness() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    ]
    return sum(values) / len(values)


def test_a_theme_chosen_while_the_window_is_open_recolours_icons_badges_and_lists(
    qapp, qtbot, restored_theme, tmp_path, make_clip
):
    from tests.ui.test_queue import close_window, fill_case, make_window, wait_rows

    apply_theme(qapp, "dark")  # as at start-up
    database = tmp_path / "queue.db"
    fill_case(database, make_clip)
    window, case, jobs = make_window(qtbot, database)
    try:
        follow_theme(qapp, window.preferences)
        wait_rows(qtbot, window, 3)
        window.show_page("queue")
        queue = window.queue_view
        play = window.actions_by_key["play"]
        window.commands.load_icons()  # as after the player's first paint
        window.workspaces.load_icons()
        window.clips.add_clip("/clips/sora.mp4", "sora.mp4")
        window.clips.set_badge("/clips/sora.mp4", "Visible mark: Sora", text_colour(STRONG))
        window.claims_view.panel.set_claims([{"id": 1, "frame_in": 0, "frame_out": 10, "text": "", "rating": ""}])
        looked_at = [play, window.workspaces.actions["compact"]]
        worth_a_look = next(r for r in range(3) if queue.model.row_data(r)["badge_level"] == "worth a look")
        for side, theme in enumerate(THEMES):
            window.preferences.keep(replace(window.preferences.current, theme=theme))
            QApplication.processEvents()  # the colours set once are set again from the event loop
            palette = theme_palette(theme)
            for action in looked_at:  # the tool bar's icons drawn in the theme's ink
                assert _icon_ink(action) == ink("icon", palette), (theme, action.text())
            # the queue's badge pill, as painted, and a status's words
            table, pill_index = queue.table, queue.model.index(worth_a_look, COLUMN_KEYS.index("badge"))
            table.scrollTo(pill_index)
            cell = table.visualRect(pill_index)
            painted = table.viewport().grab(cell).toImage()
            pill, other_theme_pill = (QColor(BADGES["worth a look"][which][0]) for which in (side, 1 - side))
            assert _share_of(painted, pill) > 0.1 and _share_of(painted, other_theme_pill) == 0, theme
            status = queue.model.index(worth_a_look, COLUMN_KEYS.index("status"))
            assert status.data(Qt.ItemDataRole.ForegroundRole) == ink("blue", palette), theme
            clips = window.clips  # the clip list's badge and a claim not rated yet
            clip_item = next(clips.item(r) for r in range(clips.count()) if clips.item(r).text().startswith("sora"))
            assert clip_item.foreground().color() == QColor(INKS["refused"][side]), theme
            claim = window.claims_view.panel.list.topLevelItem(0)
            assert claim.foreground(1).color() == QColor(INKS["quiet"][side]), theme
        assert _icon_ink(play) != QColor(INKS["icon"][0])
    finally:
        close_window(qtbot, window, case, jobs)


def _icon_ink(action) -> QColor:
    """The colour of an icon's solid pixels."""
    image = action.icon().pixmap(18, 18).toImage()
    solid = [image.pixelColor(x, y) for x in range(18) for y in range(18) if image.pixelColor(x, y).alpha() == 255]
    assert solid
    colour = max(set(c.name() for c in solid), key=[c.name() for c in solid].count)
    return QColor(colour)


def _share_of(image, colour: QColor) -> float:
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return sum(pixel.rgb() == colour.rgb() for pixel in pixels) / len(pixels)


def test_a_badge_that_failed_to_read_takes_the_new_themes_colours(qapp, qtbot, restored_theme):
    from widgets.provenance_panel import ProvenanceBadge

    apply_theme(qapp, "dark")
    shown = ProvenanceBadge()
    qtbot.addWidget(shown)
    shown.show_badge("未能读取来源信息", "failed", "文件已损坏")
    assert badge("failed")[0] in shown.words.styleSheet()
    apply_theme(qapp, "light")
    light = badge("failed")[0]
    assert light != BADGES["failed"][0][0]  # the dark theme's background is another
    qtbot.waitUntil(lambda: light in shown.words.styleSheet(), timeout=2000)  # no report comes to redraw it
