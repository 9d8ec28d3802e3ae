"""The command line in Simplified Chinese: real commands (probe, detectors, verify, queue and decide, the help) run
through app.main with the Chinese catalogue, and what they print read back."""

from __future__ import annotations

import os
import re

import pytest

from app import i18n
from app.main import main
from tests.dossier.signed import read, signed_dossier, write
from tests.queue.footage import write_footage

# Latin words a Chinese line may hold: names, formats, units, options and values typed as they are.
_KEPT = {"SHA", "FIFO", "ReelCheck", "FFmpeg"}


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    """A reviewer whose system speaks Chinese, with no language chosen in the settings: `reelcheck` follows the
    system's."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    yield
    i18n.use_language("en")


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    said = capsys.readouterr()
    return code, said.out, said.err


def test_probe_prints_the_media_facts_in_chinese(capsys, h264_clip):
    code, out, _ = _run(capsys, "probe", str(h264_clip))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "文件" and "视频" in lines and "音频" in lines and "标签" in lines
    labels = [line.split()[0] for line in lines if line.startswith("  ")]
    assert {"名称", "文件夹", "大小", "容器", "编码", "帧率", "时序", "帧数", "时长", "码率"} <= set(labels)
    assert re.search(r"^  帧数\s+\d+（\d+ 个关键帧）$", out, re.M)
    assert "恒定帧率" in out or "可变帧率" in out


def test_a_fifo_is_refused_in_chinese_without_waiting(capsys, tmp_path):
    pipe = tmp_path / "clip.mp4"
    os.mkfifo(pipe)
    code, out, err = _run(capsys, "probe", str(pipe))
    assert code == 2 and out == ""
    assert err.strip() == f"{pipe}：它是命名管道（FIFO），不是文件：读取它会一直等待写入方。"


def test_provenance_findings_are_read_out_in_chinese(capsys, h264_clip):
    code, out, _ = _run(capsys, "provenance", str(h264_clip))
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "  概括：无来源信息" and "[备注] 没有内容凭证" in lines and "[备注] 未发现生成器水印" in lines
    assert re.search(r"^  \d+ 帧中未发现已知的生成器水印。大幅重新编码", out, re.M)
    assert all(not _english(line) for line in lines[2:]), lines


def test_detectors_are_named_and_described_in_chinese(capsys):
    code, out, _ = _run(capsys, "detectors")
    assert code == 0
    assert "noise_level  1.0.0  heatmap  (内置)" in out
    assert "  比画面其余部分更平滑（噪声水平）：标出比同一帧其余部分平滑得多的区域：" in out
    assert "  模型 SHA-256 " in out
    described = [line for line in out.splitlines() if line.startswith("  ") and "SHA-256" not in line]
    assert len(described) == 7 and all(not _english(line) for line in described), described


def test_verify_says_what_it_checked_in_chinese_and_names_a_tampered_dossier(capsys, tmp_path):
    dossier, clip = signed_dossier(tmp_path)
    code, out, _ = _run(capsys, "verify", str(dossier), "--clip", str(clip))
    assert code == 0
    assert out.startswith("已验证：") and "2 个证据文件，片段哈希值一致；核查报告所写的核查员为 'Ana Ruiz'" in out

    document = read(dossier)
    document["verdict"]["summary"] = "改过的结论"
    write(dossier, document)
    code, out, _ = _run(capsys, "verify", str(dossier))
    assert code == 1 and out.startswith(f"{dossier}：")


def test_help_and_argument_errors_are_in_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("用法：reelcheck verify")
    assert "退出码：" in help_text and "  0  已验证：" in help_text and "显示此帮助信息并退出" in help_text
    with pytest.raises(SystemExit):
        main(["probe"])
    assert "reelcheck probe：错误：缺少以下参数：file" in capsys.readouterr().err


def test_queue_and_decide_speak_chinese_and_take_the_chinese_status(capsys, tmp_path):
    database = tmp_path / "case.db"
    code, _, err = _run(capsys, "--db", str(database), "queue")
    assert code == 2 and err.strip() == f"案卷数据库 {database} 不存在：请先向其中导入片段（reelcheck import）。"

    write_footage(tmp_path / "slop.mp4", 41, size=(160, 90), seconds=1, fps=10)
    code, out, _ = _run(capsys, "--db", str(database), "import", str(tmp_path / "slop.mp4"))
    assert code == 0 and f"{database}：新增 1 个片段，0 个已在案卷中" in out

    code, out, _ = _run(capsys, "--db", str(database), "decide", "1", "--status", "待复核", "--assignee", "林")
    assert code == 0 and out.strip() == "片段 1 slop.mp4：状态 待处理 -> 待复核，负责人 - -> 林"
    code, out, _ = _run(capsys, "--db", str(database), "queue")
    heading, row, total = out.splitlines()
    assert heading.split() == ["编号", "状态", "处理决定", "证据", "组", "名称", "上传者"]
    assert row.split()[:3] == ["1", "待复核", "-"] and total == "1 个片段"

    code, _, err = _run(capsys, "--db", str(database), "decide", "1", "--decision", "完成")
    assert code == 2 and err.startswith("处理决定 '完成' 不在以下选项中：No action, Label as AI-generated")


def _english(line: str) -> bool:
    # Whole words only: hex digits and codes such as C2PA are not English.
    return any(word not in _KEPT for word in re.findall(r"(?<![0-9A-Za-z])[A-Za-z]{2,}(?![0-9A-Za-z])", line))
