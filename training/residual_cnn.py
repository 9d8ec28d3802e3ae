"""The learned residual cue in PyTorch: the network that `analyzers/graphs/learned_residual.py` writes as ONNX.

Trained on patches of whole 16 px blocks cut from the training clips' normalized variants (see `patches.py`),
each patch labelled with its clip's label; the patch's logit is the mean of its blocks' logits, the same mean the
graph takes over a frame's judged blocks. Only the weights leave this module (`weights.npz`); the ONNX graph is
written from them by the runtime's own builder, so there is one definition of what runs in the app.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from analyzers.graphs.learned_residual import HEAD, LAYERS, RESIDUAL_GAIN, judged_blocks

log = logging.getLogger(__name__)

WIDTHS = {"conv1": (3, 16), "conv2": (16, 16), "conv3": (16, 32), "conv4": (32, 32)}


class ResidualNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.convs = nn.ModuleDict(
            {name: nn.Conv2d(*WIDTHS[name], 3, stride=1 if i == 0 else 2, padding=1) for i, name in enumerate(LAYERS)}
        )
        self.head = nn.Conv2d(WIDTHS[LAYERS[-1]][1], 1, 1)

    def forward(self, rgb: torch.Tensor) -> torch.Tensor:
        """N x 3 x H x W pictures in 0..1 (H, W multiples of 16) -> N x 1 x H/16 x W/16 logits."""
        local_mean = F.avg_pool2d(rgb, 3, stride=1, padding=1, count_include_pad=False)
        x = (rgb - local_mean) * RESIDUAL_GAIN
        for conv in self.convs.values():
            x = F.relu(conv(x))
        return self.head(F.avg_pool2d(x, 2))

    def weights(self) -> dict[str, np.ndarray]:
        named = {
            f"{name}.{part}": getattr(conv, part) for name, conv in self.convs.items() for part in ("weight", "bias")
        }
        named |= {f"{HEAD}.weight": self.head.weight, f"{HEAD}.bias": self.head.bias}
        return {name: tensor.detach().cpu().numpy().astype(np.float32) for name, tensor in named.items()}


def train(
    patches: np.ndarray,
    labels: np.ndarray,
    *,
    epochs: int,
    seed: int,
    batch: int = 64,
    rate: float = 2e-3,
    cancelled: Callable[[], bool] = lambda: False,
) -> ResidualNet:
    """A network fitted to uint8 N x h x w x 3 `patches` with 0/1 `labels`; classes weighted to count equally."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = ResidualNet()
    optimiser = torch.optim.AdamW(net.parameters(), lr=rate, weight_decay=1e-4)
    steps = epochs * max(1, len(patches) // batch)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=rate, total_steps=steps)
    positives = labels.mean()
    sample_weight = np.where(labels == 1, 0.5 / positives, 0.5 / (1 - positives))
    started = time.monotonic()
    for epoch in range(epochs):
        order = rng.permutation(len(patches))
        total = 0.0
        for first in range(0, len(order) - batch + 1, batch):
            if cancelled():
                return net
            chosen = order[first : first + batch]
            x = torch.from_numpy(_augmented(patches[chosen], rng)).permute(0, 3, 1, 2).float() / 255.0
            y = torch.from_numpy(labels[chosen].astype(np.float32))
            w = torch.from_numpy(sample_weight[chosen].astype(np.float32))
            logit = net(x).mean((1, 2, 3))
            loss = (F.binary_cross_entropy_with_logits(logit, y, reduction="none") * w).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach())
        log.info(
            "epoch %d/%d: loss %.4f (%.0f s)",
            epoch + 1,
            epochs,
            total / max(1, len(order) // batch),
            time.monotonic() - started,
        )
    return net


def _augmented(batch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Mirrored left-right at random: content may face either way, the residual's statistics do not."""
    flip = rng.random(len(batch)) < 0.5
    out = batch.copy()
    out[flip] = out[flip, :, ::-1]
    return np.ascontiguousarray(out)


@torch.no_grad()
def frame_scores(net: ResidualNet, frames: list[np.ndarray]) -> np.ndarray:
    """Per-frame scores of uint8 h x w x 3 `frames` (whole blocks), as the graph computes them."""
    net.eval()
    scores = []
    for frame in frames:
        x = torch.from_numpy(frame).permute(2, 0, 1)[None].float() / 255.0
        logit = net(x)[0, 0].numpy()
        exposed = judged_blocks(frame[None] / 255.0, logit.shape)[0] > 0
        mean_logit = logit[exposed].mean() if exposed.any() else 0.0
        scores.append(1.0 / (1.0 + np.exp(-mean_logit)))
    net.train()
    return np.asarray(scores)


def save_weights(net: ResidualNet, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **net.weights())
