"""What the built-in detectors and the shipped calibration say to the reviewer, marked for translation: their
names, what each measures and how it fails, as their files (resources/models/*/manifest.json,
resources/calibrations/shipped.json) write them. The application translates them where it shows them; a test checks
that every such text of those files is here."""

from analyzers.translatable import QT_TRANSLATE_NOOP

MANIFEST_TEXTS = frozenset(
    [
        # flow_warp
        QT_TRANSLATE_NOOP("Detectors", "Change motion does not explain (optical flow)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks change between consecutive frames that the motion in the picture does not explain: the frame"
            " before is moved along the optical flow onto this one, and what still differs (objects melting, "
            "morphing, appearing from nowhere, detail swapping) lights up.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per block, how far the frame differs from the frame before moved along the optical flow, in grey "
            "levels (0-255), clipped at 32",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the mean difference over the picture that motion does not explain, in grey levels",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Things coming into view or going out of it (occlusions, a hand passing in front of a face) cannot "
            "be explained by motion and light up in real footage.",
        ),
        QT_TRANSLATE_NOOP("Detectors", "Scene cuts, flashes, flicker and fades change the whole picture at once."),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Fast motion, motion blur, smoke, water and transparent or reflective surfaces confuse optical flow.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Keyframes of heavily compressed clips change detail everywhere a little; low-bitrate clips read a "
            "few grey levels higher throughout.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.47 [0.32-0.61] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.47 [0.33-0.61] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.45 [0.31-0.59] for its mean frame score.",
        ),
        # learned_residual
        QT_TRANSLATE_NOOP("Detectors", "Learned residual check (small network)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "A small neural network, trained on public camera and generated clips, looks at the picture's fine "
            "grain (each colour minus its local average, where camera sensor noise and demosaicing leave their "
            "traces) and marks blocks whose grain looks more like generated video than like camera footage.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per 16-pixel block, how much its fine grain resembles that of the generated training clips: 0 "
            "camera-like, 1 generated-like",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the network's judgement of the frame as a whole (its mean over the blocks that are neither "
            "near-black nor near-white)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "It learned from a few hundred public research clips (2023-2025 open models and camera clips from "
            "research repositories): a generator unlike them, or camera footage unlike them (old film, CCTV, "
            "phone video with heavy processing), can score the wrong way.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Re-encoding, resizing, sharpening, screen recording and platform filters change the fine grain it "
            "reads: a reposted generated clip can look camera-like and a heavily processed camera clip "
            "generated-like.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Cartoons, animation, CGI, screen captures and large text overlays were not among the camera clips "
            "it learned from; its heatmap there means little.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Flat areas (sky, walls, studio backgrounds) carry little grain: blocks there are judged on almost "
            "nothing and often lean generated.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Its heatmap shows where the network's judgement comes from, not where a picture was manipulated: "
            "it was trained on whole clips, never on marked regions.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Trained on 397 public clips (ReelCheck's training set, manifest SHA-256 8b4a1ae3ec945e20); on "
            "repositories it never saw (grouped cross-validation): AUC 0.67 [0.61-0.73] for its mean frame "
            "score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.74 [0.62-0.85] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.72 [0.59-0.83] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.77 [0.65-0.87] for its mean frame score.",
        ),
        # morphing_text
        QT_TRANSLATE_NOOP("Detectors", "Morphing lettering (text that keeps changing)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks lettering whose shapes keep changing from frame to frame while the surface it is on stays "
            "still: generated video draws signs, labels and captions anew in every frame, and their letters "
            "wobble, swap and melt, where text filmed by a camera or laid over a clip keeps its shape.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per block, the share of the stroke pixels of a line of text (seen in this frame and the one "
            "before, after following its motion) that changed shape, in each of the last two frame steps, "
            "weighed by how still the surface around the line stayed: 0 kept its shape or no text seen, 1 "
            "redrawn entirely",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the strongest block: how much the most changing line of text on a still surface changed shape (0 "
            "where no text is seen)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Text that really changes scores high: typing effects, counters and clocks, karaoke captions that "
            "colour word by word, animated titles, and a caption replaced by the next one in two frames "
            "running.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Scrolling tickers are followed, but one faster than about 32 pixels of the 480-pixel analysis "
            "width per frame, or one that scrolls while zooming, reads as changing.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Flicker, flashes and fades change the strokes' contrast; cuts change everything, though a moving "
            "surface around a line lowers its score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Heavy compression smears small text (lines under about 10 pixels high at 480 px wide): its strokes"
            " then change from frame to frame in camera footage too.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Fine high-contrast texture in motion (leaves, fences, water glints, patterned cloth) can pass for "
            "lines of text.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Text it cannot see scores 0: single letters or characters, large letters with strokes over about 9"
            " pixels thick at the analysis width, low-contrast, blurred or shaded lettering, text on a busy "
            "background, and vertical text.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.47 [0.35-0.58] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.48 [0.36-0.59] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.39 [0.28-0.49], the wrong way round for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "The dev set holds almost no lettering: in every rendition no clip's 90th-percentile frame score "
            "passed 0.02 (camera clips at most 0.017, generated at most 0.006), so these figures say that "
            "camera footage stays near 0 here, not how often generated lettering morphs.",
        ),
        # noise_level
        QT_TRANSLATE_NOOP("Detectors", "Smoother than the rest of the frame (noise level)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks parts of the picture that are much smoother than the rest of the same frame: camera sensors "
            "leave fine noise everywhere, while generated, denoised or pasted-in regions often look waxy.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per 16-pixel block, how far its noise level falls below the frame's typical level: 0 as noisy as "
            "the rest, 1 no noise at all",
        ),
        QT_TRANSLATE_NOOP("Detectors", "the share of the picture that is much smoother than the rest of the frame"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "It does not tell generated from camera clips: on whole clips camera footage (defocus, sky, "
            "night-time denoising) scored higher than generated footage, so it is a view for spotting a "
            "pasted-in or retouched region inside one frame, never a sign of a generated clip.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Naturally flat areas (clear sky, painted walls, studio backdrops) and out-of-focus backgrounds are"
            " smooth in real footage too.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Strong compression, denoising in the phone or the platform, and beauty filters smooth real footage.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Resizing spreads or removes noise, so a clip scaled after editing looks more uniform than its source.",
        ),
        QT_TRANSLATE_NOOP("Detectors", "Text overlays, graphics and screen recordings have no sensor noise at all."),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.42 [0.29-0.56] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.41 [0.28-0.55] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.46 [0.33-0.60] for its mean frame score.",
        ),
        # npr_residual
        QT_TRANSLATE_NOOP("Detectors", "Enlarged by 2 (pixel-pair residual)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks parts of the picture whose neighbouring pixels relate as if the picture had been enlarged by"
            " exactly 2: image generators build their output by repeated doubling, which makes the two pixels "
            "of each aligned pair differ less (or more) than pixels of neighbouring pairs, while a camera "
            "picture shows no such difference.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per 16-pixel block (judged with the blocks around it), how far the differences within aligned "
            "pixel pairs depart from those between pairs: 0 as in a camera picture, 1 strongly like a picture "
            "enlarged by 2",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the share of the picture, weighted by strength, whose pixel pairs look enlarged by 2",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "It measures enlargement by 2, not generation: on whole clips camera footage (much of it upscaled "
            "for delivery) scored higher than generated footage, so a high score says the picture was enlarged,"
            " by a generator or by anyone.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Compression weakens it and only some enlargements show strongly: in our H.264 tests a region "
            "enlarged by pixel copying stays clearly marked up to CRF 28 (0.6-0.9 on the heatmap), smooth "
            "enlargements (bilinear, transposed convolution) reach only 0.05-0.3, and clean camera-like footage"
            " at CRF 18 to 28 stays at 0 apart from single blocks up to 0.15 at CRF 28.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Flat or very smooth areas (sky, walls, heavily compressed or denoised footage) are not judged at "
            "all: where neighbouring pixels differ by less than about 2 grey levels the block stays at 0.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Any resizing after generation (a platform's rescale, cropping by an odd number of pixels then "
            "scaling, a different export size) erases the cue, so a generated clip can show nothing.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Real footage enlarged by 2 (a 540p or 960x540 camera clip shown at 1080p, digital zoom, upscaled "
            "archive material) looks exactly the same as generated footage.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Chroma subsampling and colour conversion in unusual decoders, or a video cropped by an odd number "
            "of pixels, can shift or blur the pattern; generators that end with a full-resolution refinement "
            "step leave little of it.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.40 [0.27-0.54] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.41 [0.28-0.55] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.39 [0.26-0.53] for its mean frame score.",
        ),
        # spectral_periodicity
        QT_TRANSLATE_NOOP("Detectors", "Upsampling grid (spectral periodicity)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks parts of the picture whose finest detail repeats on a regular 2 or 4 pixel grid: the "
            "decoders of image and video generators enlarge their pictures in steps of two and often leave such"
            " a grid, which a camera does not.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per 16-pixel block, how far the fine-detail spectrum peaks at the frequencies of a 2 or 4 pixel "
            "grid above the frequencies around them: 0 no more than twice, 1 seven times or more",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the share of the picture that carries a regular 2 or 4 pixel grid (higher = more periodic)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Compression erases the grid rather than faking one: measured on H.264, a generator-like grid over "
            "the whole picture still scored about 0.95 at CRF 23 and 0.8 at CRF 28 but nothing at CRF 35, while"
            " clean camera-like footage scored 0 at every CRF from 12 to 35, so a low score on a heavily "
            "compressed or re-encoded clip says little.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Video that was enlarged by exactly two or four after recording, screen recordings, pixel art, text"
            " and graphics can carry a regular pixel grid too.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Fine regular textures (fabric, mesh, brick, moire on screens filmed with a camera) can peak at the"
            " same frequencies.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Any resize by a factor that is not a power of two, or a crop by an odd number of pixels followed "
            "by a resize, moves or blurs the grid and lowers the score of generated footage.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "A generator whose last upsampling step leaves an 8 pixel grid is not measured: that grid looks "
            "like the codec's own block grid.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.49 [0.36-0.63] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.54 [0.40-0.67] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.51 [0.38-0.65] for its mean frame score.",
        ),
        # temporal_boiling
        QT_TRANSLATE_NOOP("Detectors", "Boiling texture (frame to frame)"),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Marks fine texture that is redrawn from one frame to the next instead of moving with the scene: "
            "generated video often makes hair, leaves, text and skin shimmer or boil, while a camera records "
            "the same detail moving.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "per block, the share of its fine texture that changed since the frame before after following the "
            "motion and allowing for sensor noise: 0 persisted, 1 redrawn entirely",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "the share of the picture whose fine texture was redrawn since the frame before (the temporal "
            "inconsistency curve)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of "
            "ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Fast motion (more than about 8 pixels of a 1080p frame between frames), zooms and rotations are "
            "not followed: moving texture then looks redrawn.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Water, fire, smoke, foliage in wind, crowds and flicker really change from frame to frame.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Keyframes and scene cuts: the codec redraws texture at the start of each group of pictures and the"
            " curve spikes there; a cut looks like everything was redrawn.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "Compression re-quantises texture a little in every frame: on test clips at CRF 12 to 28, texture "
            "moving with the scene scores 0.2 to 0.4 in its blocks where redrawn texture scores 0.8 to 0.95; "
            "heavy compression and denoising also wipe out the fine texture this measures.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), as the app measures "
            "it: AUC 0.47 [0.33-0.61] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 "
            "CRF 28: AUC 0.47 [0.34-0.61] for its mean frame score.",
        ),
        QT_TRANSLATE_NOOP(
            "Detectors",
            "On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 "
            "px): AUC 0.42 [0.29-0.57] for its mean frame score.",
        ),
    ]
)

CALIBRATION_TEXTS = frozenset(
    [
        QT_TRANSLATE_NOOP("Calibration", "ReelCheck shipped calibration 1"),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "397 public clips (189 generated, 208 camera, 105 repositories; training manifest SHA-256 "
            "8b4a1ae3ec945e20, GIFs left out), each as its rendition (first 3 s, 16 fps, H.264 CRF 23) at 480 "
            "px and again at 240 px",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "Measured on public research clips, most of them from 2023-2025 open models; a generator unlike "
            "them (a new commercial model, a clip made to evade detection) can score as camera footage.",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "Heavy re-encoding, screen recording, filters or resizing change the fine grain the learned cue "
            "reads: a reposted generated clip can score lower, and a heavily processed camera clip higher.",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "Cartoons, animation, CGI and clips with large overlays were not in the camera clips it learned "
            "from; its figure on them means little.",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "It reads only the first 3 seconds: a clip that is camera footage there and generated later is "
            "judged on its start.",
        ),
        QT_TRANSLATE_NOOP("Calibration", "grouped cross-validation on the clips it was fitted on"),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "the dev set (71 public clips from 29 repositories, none used in training), as the app measures it",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px)",
        ),
        QT_TRANSLATE_NOOP(
            "Calibration",
            "the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28",
        ),
    ]
)
