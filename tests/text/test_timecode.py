"""One way of writing a time: HH:MM:SS.mmm everywhere, and axis ticks at round steps cut from that same format."""

from __future__ import annotations

from app.text.timecode import format_timecode, tick_step, tick_timecode


def test_a_timecode_always_has_hours_minutes_seconds_and_milliseconds():
    assert format_timecode(0.4) == "00:00:00.400"
    assert format_timecode(2 / 3) == "00:00:00.667"
    assert format_timecode(3725.25) == "01:02:05.250"


def test_ticks_fall_on_round_steps():
    assert tick_step(6.0, 8) == 1  # a six-second clip: every second
    assert tick_step(1.2, 8) == 0.2
    assert tick_step(59.0, 8) == 10
    assert tick_step(300.0, 8) == 60
    assert tick_step(7200.0, 8) == 900
    assert tick_step(100_000.0, 8) == 4 * 3600  # past the table: whole hours


def test_a_tick_label_is_the_timecode_cut_to_its_step():
    assert tick_timecode(2.0, 1) == "00:00:02"
    assert tick_timecode(1.5, 0.5) == "00:00:01.5"
    assert tick_timecode(0.30000000000000004, 0.1) == "00:00:00.3"
    assert tick_timecode(3600.0, 900) == "01:00:00"
    for seconds, step in ((2.0, 1), (1.5, 0.5), (0.2, 0.2), (3600.0, 900)):
        assert format_timecode(seconds).startswith(tick_timecode(seconds, step))
