<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Analyzers</name>
    <message>
        <source>the provider is &apos;{choice}&apos;; it must be one of {choices}</source>
        <translation>运行设备为“{choice}”；它必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>frames must be T x H x W x 1 or 3 uint8, not {kind} {shape}</source>
        <translation>帧必须是 T x H x W x 1 或 3 的 uint8 数组，而不是 {kind} {shape}</translation>
    </message>
    <message>
        <source>{model} cannot be loaded by ONNX Runtime: {reason}</source>
        <translation>ONNX Runtime 无法加载 {model}：{reason}</translation>
    </message>
    <message>
        <source>{model} must take one uint8 input &apos;frames&apos; and give &apos;heatmap&apos; and &apos;score&apos; (it takes {inputs} and gives {outputs})</source>
        <translation>{model} 必须接受一个 uint8 输入“frames”，并输出“heatmap”和“score”（它接受 {inputs}，输出 {outputs}）</translation>
    </message>
    <message>
        <source>the frames are {size} pixels, {reduced} once reduced for analysis, smaller than the {least} it needs to measure anything</source>
        <translation>帧为 {size} 像素，为分析缩小后为 {reduced}，小于它进行任何测量所需的 {least}</translation>
    </message>
    <message>
        <source>the frames are {size} pixels, smaller than the {least} it needs to measure anything</source>
        <translation>帧为 {size} 像素，小于它进行任何测量所需的 {least}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {reason})</source>
        <translation>不是有效的 JSON（第 {line} 行：{reason}）</translation>
    </message>
    <message>
        <source>is nested too deeply to be a manifest</source>
        <translation>嵌套层数过深，不可能是清单文件</translation>
    </message>
    <message>
        <source>must name either a &apos;model&apos; (an ONNX file beside it) or the &apos;code&apos; that implements it</source>
        <translation>必须指明“model”（同一文件夹中的 ONNX 文件）或实现它的“code”，二者选一</translation>
    </message>
    <message>
        <source>lists no failure_modes: every detector has some, and reviewers must see them</source>
        <translation>没有列出 failure_modes：每个检测器都有失效情形，核查员必须看到它们</translation>
    </message>
    <message>
        <source>&apos;output.camera_band&apos; must be {shape}</source>
        <translation>“output.camera_band”必须是 {shape}</translation>
    </message>
    <message>
        <source>&apos;output.camera_band&apos; goes from {low} down to {high}; low must not exceed high</source>
        <translation>“output.camera_band”从 {low} 降到 {high}；low 不得大于 high</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>has no &apos;{name}&apos;</source>
        <translation>缺少“{name}”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a non-empty text</source>
        <translation>“{name}”必须是非空文本</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a list of texts</source>
        <translation>“{name}”必须是文本列表</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is &apos;{value}&apos;; it must be one of {allowed}</source>
        <translation>“{name}”为“{value}”；它必须是以下之一：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number</source>
        <translation>“{name}”必须是整数</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a number</source>
        <translation>“{name}”必须是数字</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {value}; it must be from {low} to {high}</source>
        <translation>“{name}”为 {value}；它必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be [low, high]</source>
        <translation>“{name}”必须是 [low, high]</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must go from low to high</source>
        <translation>“{name}”必须从低到高</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {pair}; it must lie within {within}</source>
        <translation>“{name}”为 {pair}；它必须位于 {within} 之内</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not an ONNX model (its bytes are not protobuf)</source>
        <translation>不是 ONNX 模型（其字节不是 protobuf）</translation>
    </message>
    <message>
        <source>manifest.json names the model &apos;{name}&apos;</source>
        <translation>manifest.json 指明的模型为“{name}”</translation>
    </message>
    <message>
        <source>{model} names the weights file &apos;{place}&apos;</source>
        <translation>{model} 指明的权重文件为“{place}”</translation>
    </message>
    <message>
        <source>{naming}, which is not in the folder</source>
        <translation>{naming}，但它不在文件夹中</translation>
    </message>
    <message>
        <source>{naming}, which lies outside the analyzer&apos;s folder (at {resolved})</source>
        <translation>{naming}，但它位于分析器文件夹之外（在 {resolved}）</translation>
    </message>
    <message>
        <source>has graphs nested more than {most} deep</source>
        <translation>其中的图嵌套超过 {most} 层</translation>
    </message>
    <message>
        <source>is not an ONNX model (it ends in the middle of a field)</source>
        <translation>不是 ONNX 模型（它在一个字段中间就结束了）</translation>
    </message>
    <message>
        <source>is not an ONNX model (a number in it never ends)</source>
        <translation>不是 ONNX 模型（其中有一个数字没有结尾）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no analyzer &apos;{id}&apos; (known: {known}).</source>
        <translation>没有分析器“{id}”（已知的：{known}）。</translation>
    </message>
    <message>
        <source>manifest.json {reason}</source>
        <translation>manifest.json {reason}</translation>
    </message>
    <message>
        <source>cannot be loaded ({error})</source>
        <translation>无法加载（{error}）</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is taken already</source>
        <translation>ID“{id}”已被占用</translation>
    </message>
    <message>
        <source>names code (&apos;{module}&apos;); only built-in analyzers may be written in Python</source>
        <translation>指明了代码（“{module}”）；只有内置分析器可以用 Python 编写</translation>
    </message>
    <message>
        <source>names the module &apos;{module}&apos;, which is not installed</source>
        <translation>指明的模块“{module}”未安装</translation>
    </message>
    <message>
        <source>it stopped with an error ({error})</source>
        <translation>它因错误而停止（{error}）</translation>
    </message>
    <message>
        <source>{file} is not a calibration file (not JSON text)</source>
        <translation>{file} 不是校准文件（不是 JSON 文本）</translation>
    </message>
    <message>
        <source>a calibration must be a JSON object</source>
        <translation>校准必须是 JSON 对象</translation>
    </message>
    <message>
        <source>a calibration&apos;s features must each name an analyzer and a pool (mean or p90)</source>
        <translation>校准的每个特征都必须指明一个分析器和一种汇总方式（mean 或 p90）</translation>
    </message>
    <message>
        <source>the calibration&apos;s model does not have one weight per feature</source>
        <translation>校准的模型没有为每个特征各设一个权重</translation>
    </message>
    <message>
        <source>the calibration&apos;s prior must lie between 0 and 1</source>
        <translation>校准的先验概率必须在 0 和 1 之间</translation>
    </message>
    <message>
        <source>the calibration lacks a field or has one of the wrong kind ({error})</source>
        <translation>校准缺少一个字段，或有字段类型不对（{error}）</translation>
    </message>
    <message>
        <source>the calibration&apos;s model is unusable: {error}</source>
        <translation>校准的模型无法使用：{error}</translation>
    </message>
    <message>
        <source>a calibration needs at least {fewest} decided clips of each kind (there are {generated} generated and {camera} camera)</source>
        <translation>校准需要每类至少 {fewest} 个已有核查结论的片段（现有 {generated} 个生成片段、{camera} 个摄像机拍摄片段）</translation>
    </message>
    <message>
        <source>a calibration needs clips from at least two sources, to be measured on one it never saw</source>
        <translation>校准需要来自至少两个来源的片段，才能在它从未见过的来源上测量</translation>
    </message>
    <message>
        <source>The marks file {file}</source>
        <translation>标识文件 {file}</translation>
    </message>
    <message>
        <source>{file} {reason}.</source>
        <translation>{file} {reason}。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} 无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>{file} is not JSON (line {line}: {reason}).</source>
        <translation>{file} 不是 JSON（第 {line} 行：{reason}）。</translation>
    </message>
    <message>
        <source>The marks file {file} must hold an object with a list &quot;marks&quot;.</source>
        <translation>标识文件 {file} 必须包含一个带“marks”列表的对象。</translation>
    </message>
    <message>
        <source>The marks file {file}, mark {number}</source>
        <translation>标识文件 {file} 的第 {number} 个标识</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where}不是对象。</translation>
    </message>
    <message>
        <source>{where} &quot;{key}&quot;</source>
        <translation>{where}的“{key}”</translation>
    </message>
    <message>
        <source>{where} has kind &quot;{kind}&quot;; it must be {kinds}.</source>
        <translation>{where}的类型为“{kind}”；它必须是 {kinds}。</translation>
    </message>
    <message>
        <source>{where} needs a non-empty list &quot;spellings&quot;.</source>
        <translation>{where}需要一个非空的“spellings”列表。</translation>
    </message>
    <message>
        <source>{where}, a spelling,</source>
        <translation>{where}中的一个拼写</translation>
    </message>
    <message>
        <source>{what} must be a non-empty text.</source>
        <translation>{what}必须是非空文本。</translation>
    </message>
    <message>
        <source>{what} is longer than {most} characters.</source>
        <translation>{what}超过 {most} 个字符。</translation>
    </message>
    <message>
        <source>{what} holds control characters.</source>
        <translation>{what}含有控制字符。</translation>
    </message>
    <message>
        <source>On-screen text cannot be read: {reason}</source>
        <translation>无法读取画面文字：{reason}</translation>
    </message>
    <message>
        <source>RapidOCR is not installed.</source>
        <translation>未安装 RapidOCR。</translation>
    </message>
    <message>
        <source>RapidOCR&apos;s model {models} is missing.</source>
        <translation>缺少 RapidOCR 的模型 {models}。</translation>
    </message>
    <message>
        <source>The subtitle file {track} {reason}.</source>
        <translation>字幕文件 {track} {reason}。</translation>
    </message>
    <message>
        <source>The subtitle file {track} cannot be read ({reason}).</source>
        <translation>字幕文件 {track} 无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>{track} is not a subtitle file: it has no cue times such as 00:00:01,000 --&gt; 00:00:03,500.</source>
        <translation>{track} 不是字幕文件：其中没有 00:00:01,000 --&gt; 00:00:03,500 这样的时间码。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Undone: {line}</source>
        <translation>已撤销：{line}</translation>
    </message>
    <message>
        <source>Redone: {line}</source>
        <translation>已重做：{line}</translation>
    </message>
    <message>
        <source>Restored: {line}</source>
        <translation>已恢复：{line}</translation>
    </message>
    <message>
        <source>frame {number}</source>
        <translation>第 {number} 帧</translation>
    </message>
    <message>
        <source>Claim {number}</source>
        <translation>说法 {number}</translation>
    </message>
    <message>
        <source>A claim since removed</source>
        <translation>一条此后已删除的说法</translation>
    </message>
    <message>
        <source>{thing} removed</source>
        <translation>{thing}已删除</translation>
    </message>
    <message>
        <source>{thing} brought back</source>
        <translation>{thing}已恢复</translation>
    </message>
    <message>
        <source>{thing}: {change}</source>
        <translation>{thing}：{change}</translation>
    </message>
    <message>
        <source>{thing}: {action}, nothing else recorded</source>
        <translation>{thing}：{action}，没有记录其他内容</translation>
    </message>
    <message>
        <source>{thing}: changed, nothing else recorded</source>
        <translation>{thing}：已更改，没有记录其他内容</translation>
    </message>
    <message>
        <source>{thing}: {action}</source>
        <translation>{thing}：{action}</translation>
    </message>
    <message>
        <source>{thing}: changed</source>
        <translation>{thing}：已更改</translation>
    </message>
    <message>
        <source>A source about the clip</source>
        <translation>关于片段的一个信源</translation>
    </message>
    <message>
        <source>A source of claim {number}</source>
        <translation>说法 {number} 的一个信源</translation>
    </message>
    <message>
        <source>A source of a claim since removed</source>
        <translation>一条此后已删除的说法的信源</translation>
    </message>
    <message>
        <source>The verdict</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>The clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>{table} {id}</source>
        <translation>{table} {id}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Evidence {label} at {time}</source>
        <translation>证据 {label}（{time}）</translation>
    </message>
    <message>
        <source>Evidence {label}</source>
        <translation>证据 {label}</translation>
    </message>
    <message>
        <source>An evidence frame at {time} since removed</source>
        <translation>一个此后已删除的证据帧（{time}）</translation>
    </message>
    <message>
        <source>An evidence frame since removed</source>
        <translation>一个此后已删除的证据帧</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field}设为 {new}</translation>
    </message>
    <message>
        <source>{field} cleared (was {old})</source>
        <translation>{field}已清空（原为 {old}）</translation>
    </message>
    <message>
        <source>{field} changed from {old} to {new}</source>
        <translation>{field}从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>说法 {number}</translation>
    </message>
    <message>
        <source>a claim since removed</source>
        <translation>一条此后已删除的说法</translation>
    </message>
    <message>
        <source>1 region</source>
        <translation>1 个区域</translation>
    </message>
    <message>
        <source>{count} regions</source>
        <translation>{count} 个区域</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>{thing} marked at {start}–{end}, rated {rating}: {text}</source>
        <translation>{thing}已标记于 {start}–{end}，评级 {rating}：{text}</translation>
    </message>
    <message>
        <source>{thing} marked at {start}–{end}, rated {rating}</source>
        <translation>{thing}已标记于 {start}–{end}，评级 {rating}</translation>
    </message>
    <message>
        <source>{thing} marked at {start}–{end}, not rated: {text}</source>
        <translation>{thing}已标记于 {start}–{end}，未评级：{text}</translation>
    </message>
    <message>
        <source>{thing} marked at {start}–{end}, not rated</source>
        <translation>{thing}已标记于 {start}–{end}，未评级</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>{thing} added: {name}, {stance}</source>
        <translation>{thing}已添加：{name}，{stance}</translation>
    </message>
    <message>
        <source>{thing} added: {name}</source>
        <translation>{thing}已添加：{name}</translation>
    </message>
    <message>
        <source>overlay {overlay}</source>
        <translation>叠加层 {overlay}</translation>
    </message>
    <message>
        <source>no overlay</source>
        <translation>无叠加层</translation>
    </message>
    <message>
        <source>{regions} marked</source>
        <translation>标出 {regions}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{thing} pinned ({details}): {note}</source>
        <translation>{thing}已固定（{details}）：{note}</translation>
    </message>
    <message>
        <source>{thing} pinned ({details})</source>
        <translation>{thing}已固定（{details}）</translation>
    </message>
    <message>
        <source>no authenticity assessment</source>
        <translation>无真实性评估</translation>
    </message>
    <message>
        <source>content rated {rating}</source>
        <translation>内容评级 {rating}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>状态 {status}</translation>
    </message>
    <message>
        <source>Verdict recorded: {what}</source>
        <translation>已记录核查结论：{what}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>未命名文件</translation>
    </message>
    <message>
        <source>Clip added to the case: {name}</source>
        <translation>片段已加入案卷：{name}</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>a calibration needs at least {fewest} decided clips of each kind with clip evidence (there are {generated} generated and {camera} camera)</source>
        <translation>校准需要每类至少 {fewest} 个已处理且有片段级证据的片段（现有 {generated} 个生成片段和 {camera} 个相机片段）</translation>
    </message>
    <message>
        <source>Fitted on this newsroom&apos;s own decisions: it learns their mistakes too, and it is only as good on new kinds of clips as the decided clips were varied.</source>
        <translation>按本编辑部自己的处理决定拟合：它也会学到这些决定中的错误；它在新类型片段上的表现，取决于已处理片段的多样程度。</translation>
    </message>
    <message>
        <source>the calibration &apos;{calibration}&apos; needs the detector(s) {missing}, which are not installed</source>
        <translation>校准“{calibration}”需要检测器 {missing}，但它们未安装</translation>
    </message>
    <message>
        <source>the detector {id} could not score it: {reason}</source>
        <translation>检测器 {id} 无法为它打分：{reason}</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>没有帧</translation>
    </message>
    <message>
        <source>the calibration gave no figure for these scores</source>
        <translation>该校准对这些分数没有给出数值</translation>
    </message>
    <message>
        <source>These scores are {times} likelier for a generated clip than for a camera clip (probability {probability}, {low}-{high}, if both were equally likely beforehand)</source>
        <translation>这些分数出现在生成片段上的可能性是相机片段的 {times}（概率 {probability}，{low}-{high}，假设事先两者可能性相同）</translation>
    </message>
    <message>
        <source>These scores are {times} likelier for a camera clip than for a generated clip (probability {probability}, {low}-{high}, if both were equally likely beforehand)</source>
        <translation>这些分数出现在相机片段上的可能性是生成片段的 {times}（概率 {probability}，{low}-{high}，假设事先两者可能性相同）</translation>
    </message>
    <message>
        <source>more than 1000 times</source>
        <translation>1000 倍以上</translation>
    </message>
    <message>
        <source>{figure} times</source>
        <translation>{figure} 倍</translation>
    </message>
    <message>
        <source>the first 3 s at 16 frames/s, shorter side 480 px, H.264 CRF 23</source>
        <translation>前 3 秒，16 帧/秒，短边 480 px，H.264 CRF 23</translation>
    </message>
    <message>
        <source>ReelCheck shipped calibration 1</source>
        <translation>ReelCheck 随附校准 1</translation>
    </message>
    <message>
        <source>397 public clips (189 generated, 208 camera, 105 repositories; training manifest SHA-256 8b4a1ae3ec945e20, GIFs left out), each as its rendition (first 3 s, 16 fps, H.264 CRF 23) at 480 px and again at 240 px</source>
        <translation>397 个公开片段（189 个生成、208 个相机拍摄，来自 105 个代码库；训练清单 SHA-256 8b4a1ae3ec945e20，不含 GIF），每个都按其转码版本（前 3 秒，16 fps，H.264 CRF 23）在 480 px 和 240 px 下各测一次</translation>
    </message>
    <message>
        <source>Measured on public research clips, most of them from 2023-2025 open models; a generator unlike them (a new commercial model, a clip made to evade detection) can score as camera footage.</source>
        <translation>在公开的研究片段上测量，其中大多来自 2023-2025 年的开源模型；与之不同的生成器（新的商业模型、为逃避检测而制作的片段）可能得到与相机拍摄相似的分数。</translation>
    </message>
    <message>
        <source>Heavy re-encoding, screen recording, filters or resizing change the fine grain the learned cue reads: a reposted generated clip can score lower, and a heavily processed camera clip higher.</source>
        <translation>大幅重新编码、录屏、滤镜或缩放都会改变学习型线索所读取的细微颗粒：转发的生成片段分数可能偏低，经过大量处理的相机片段分数可能偏高。</translation>
    </message>
    <message>
        <source>Cartoons, animation, CGI and clips with large overlays were not in the camera clips it learned from; its figure on them means little.</source>
        <translation>卡通、动画、CGI 以及带大面积叠加内容的片段不在它学习的相机片段之中；它对这类片段给出的数值意义不大。</translation>
    </message>
    <message>
        <source>It reads only the first 3 seconds: a clip that is camera footage there and generated later is judged on its start.</source>
        <translation>它只读取前 3 秒：前面是相机拍摄、后面才是生成内容的片段，会按开头来判断。</translation>
    </message>
    <message>
        <source>grouped cross-validation on the clips it was fitted on</source>
        <translation>在其拟合所用片段上的分组交叉验证</translation>
    </message>
    <message>
        <source>the dev set (71 public clips from 29 repositories, none used in training), as the app measures it</source>
        <translation>开发集（来自 29 个代码库的 71 个公开片段，均未用于训练），按本应用的测量方式</translation>
    </message>
    <message>
        <source>the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px)</source>
        <translation>开发集（来自 29 个代码库的 71 个公开片段，均未用于训练），缩小一半（240 px）</translation>
    </message>
    <message>
        <source>the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28</source>
        <translation>开发集（来自 29 个代码库的 71 个公开片段，均未用于训练），以 H.264 CRF 28 重新编码</translation>
    </message>
    <message>
        <source>Newsroom calibration of {date}</source>
        <translation>{date} 的本机构校准</translation>
    </message>
    <message>
        <source>{clips} clips decided in this case ({generated} generated, {camera} camera, {groups} uploaders or sources), measured on their renditions</source>
        <translation>本案卷中已有核查结论的 {clips} 个片段（{generated} 个生成、{camera} 个摄像机拍摄，{groups} 个上传者或来源），在其转码版本上测量</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>A team case is backed up and restored on its server (pg_dump, pg_restore), not by ReelCheck: ask its admin.</source>
        <translation>团队案卷在其服务器上备份和恢复（pg_dump、pg_restore），而不是由 ReelCheck 完成：请询问其管理员。</translation>
    </message>
    <message>
        <source>The case database {database} is open in another ReelCheck window or program: close it there first, then restore (its new work would otherwise go into the file put aside).</source>
        <translation>案卷数据库 {database} 正在另一个 ReelCheck 窗口或程序中打开：请先在那里关闭，再恢复（否则它的新工作会写进被替换下来的文件）。</translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation>备份 {backup} 不存在。</translation>
    </message>
    <message>
        <source>The backup {backup} could not be copied ({reason}).</source>
        <translation>无法复制备份 {backup}（{reason}）。</translation>
    </message>
    <message>
        <source>The backup {backup} cannot be used: {reason}</source>
        <translation>备份 {backup} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}).</source>
        <translation>无法换上备份（{reason}）。</translation>
    </message>
    <message>
        <source>{reason} The database was left as it was.</source>
        <translation>{reason}数据库保持原样。</translation>
    </message>
    <message>
        <source>Carried from {file} (SHA-256 {sha256}…), a near-duplicate of this clip.</source>
        <translation>沿用自 {file}（SHA-256 {sha256}…），它是本片段的近似重复。</translation>
    </message>
    <message>
        <source>This clip has no verdict to carry: record one first.</source>
        <translation>这个片段没有可沿用的核查结论：请先记录一个。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: ReelCheck cannot write {file} there. Nothing was changed; use a folder you can write to (copy the case database there, or give another --db).</source>
        <translation>文件夹 {folder} 是只读的：ReelCheck 无法在那里写入 {file}。没有做任何改动；请使用你可以写入的文件夹（把案卷数据库复制过去，或用 --db 指定另一个）。</translation>
    </message>
    <message>
        <source>The disk is full: ReelCheck cannot write {file}. Nothing that was saved is lost; free some space and try again.</source>
        <translation>磁盘已满：ReelCheck 无法写入 {file}。已保存的内容都没有丢失；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}); the source fields were left empty.</source>
        <translation>无法读取 {file}（{reason}）；来源字段留空。</translation>
    </message>
    <message>
        <source>{file} {reason}; the source fields were left empty.</source>
        <translation>{file} {reason}；来源字段留空。</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>{file} is not a yt-dlp info file; the source fields were left empty.</source>
        <translation>{file} 不是 yt-dlp 信息文件；来源字段留空。</translation>
    </message>
    <message>
        <source>Source details filled from {file}. Left out as unusable: {fields}.</source>
        <translation>来源信息已从 {file} 填入。因无法使用而略去：{fields}。</translation>
    </message>
    <message>
        <source>Source details filled from {file}.</source>
        <translation>来源信息已从 {file} 填入。</translation>
    </message>
    <message>
        <source>The case database {database} cannot be opened: {reason}.</source>
        <translation>无法打开案卷数据库 {database}：{reason}。</translation>
    </message>
    <message>
        <source>The case database {database} was made by a newer ReelCheck (database version {version}; this one knows up to {known}). It was left untouched: update ReelCheck to open it.</source>
        <translation>案卷数据库 {database} 由更新版本的 ReelCheck 创建（数据库版本 {version}；本版本最高支持 {known}）。它未被改动：请更新 ReelCheck 后再打开。</translation>
    </message>
    <message>
        <source>The case database {database} is busy: another program has held it locked for {seconds} seconds. It was left as it is; try again when that program is done.</source>
        <translation>案卷数据库 {database} 正忙：另一个程序已将其锁定 {seconds} 秒。它保持原样；请等该程序结束后重试。</translation>
    </message>
    <message>
        <source>The case database {database} is damaged ({reason}). ReelCheck left it as it is. Restore a backup (File &gt; Restore case backup, or `reelcheck restore BACKUP`), or open another database with --db.</source>
        <translation>案卷数据库 {database} 已损坏（{reason}）。ReelCheck 没有改动它。请恢复备份（文件 &gt; 恢复案卷备份，或 `reelcheck restore BACKUP`），或用 --db 打开另一个数据库。</translation>
    </message>
    <message>
        <source>There is no clip {id} in {case}.</source>
        <translation>{case} 中没有片段 {id}。</translation>
    </message>
    <message>
        <source>There is no {table} row {id} in {case}.</source>
        <translation>{case} 中没有 {table} 表的第 {id} 行。</translation>
    </message>
    <message>
        <source>This clip has a verdict already (made in another window?): edit that one instead.</source>
        <translation>这个片段已有核查结论（在另一个窗口中做的？）：请改为编辑那一个。</translation>
    </message>
    <message>
        <source>That claim is not on this clip: a source backs a claim on its own clip.</source>
        <translation>那条说法不属于这个片段：信源只能支撑同一片段上的说法。</translation>
    </message>
    <message>
        <source>The file {file} belongs to another program (an SQLite database with application id {owner}). ReelCheck left it untouched; give --db a ReelCheck case database or the name of a new file.</source>
        <translation>文件 {file} 属于另一个程序（应用 ID 为 {owner} 的 SQLite 数据库）。ReelCheck 没有改动它；请给 --db 一个 ReelCheck 案卷数据库或一个新文件名。</translation>
    </message>
    <message>
        <source>The file {file} belongs to another program (an SQLite database without ReelCheck&apos;s tables). ReelCheck left it untouched; give --db a ReelCheck case database or the name of a new file.</source>
        <translation>文件 {file} 属于另一个程序（不含 ReelCheck 数据表的 SQLite 数据库）。ReelCheck 没有改动它；请给 --db 一个 ReelCheck 案卷数据库或一个新文件名。</translation>
    </message>
    <message>
        <source>Not undone: {clip} was changed since (in another window?), and that change stays.</source>
        <translation>未撤销：{clip} 此后已被修改（在另一个窗口中？），该修改保留。</translation>
    </message>
    <message>
        <source>Not redone: {clip} was changed since (in another window?), and that change stays.</source>
        <translation>未重做：{clip} 此后已被修改（在另一个窗口中？），该修改保留。</translation>
    </message>
    <message>
        <source>Not undone: this was changed since (in another window?), and that change stays.</source>
        <translation>未撤销：此项此后已被修改（在另一个窗口中？），该修改保留。</translation>
    </message>
    <message>
        <source>Not redone: this was changed since (in another window?), and that change stays.</source>
        <translation>未重做：此项此后已被修改（在另一个窗口中？），该修改保留。</translation>
    </message>
    <message>
        <source>There is no case database {database}.</source>
        <translation>没有案卷数据库 {database}。</translation>
    </message>
    <message>
        <source>The team case {case} already holds work: a case moves only into a new or empty one, so that the audit trail keeps the row numbers it names. Nothing was copied.</source>
        <translation>团队案卷 {case} 中已有工作内容：案卷只能移入新建或空的团队案卷，以便审计记录保留其中提到的行号。未复制任何内容。</translation>
    </message>
    <message>
        <source>The team case {case} refused a row: {reason}. Nothing was copied.</source>
        <translation>团队案卷 {case} 拒绝了一行数据：{reason}。未复制任何内容。</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <source>Your role in the team case {case} does not allow this; ask its admin ({reason}).</source>
        <translation>你在团队案卷 {case} 中的角色不允许此操作；请询问其管理员（{reason}）。</translation>
    </message>
    <message>
        <source>The team case {case} is busy: another reviewer&apos;s change has held it for {seconds} seconds. Nothing was changed; try again.</source>
        <translation>团队案卷 {case} 正忙：另一位核查员的更改已占用它 {seconds} 秒。未做任何更改；请重试。</translation>
    </message>
    <message>
        <source>The team case {case} cannot be reached: {reason}.</source>
        <translation>无法连接团队案卷 {case}：{reason}。</translation>
    </message>
    <message>
        <source>Opening the team case {case} needs PostgreSQL support, which is not installed: pip install &apos;reelcheck[team]&apos;.</source>
        <translation>打开团队案卷 {case} 需要 PostgreSQL 支持，但尚未安装：pip install &apos;reelcheck[team]&apos;。</translation>
    </message>
    <message>
        <source>The team case {case} cannot be opened: {reason}.</source>
        <translation>无法打开团队案卷 {case}：{reason}。</translation>
    </message>
    <message>
        <source>The database {case} belongs to another program (it has tables and is not a ReelCheck case). ReelCheck left it untouched; give --db an empty database or a team case.</source>
        <translation>数据库 {case} 属于其他程序（其中有表，但不是 ReelCheck 案卷）。ReelCheck 未改动它；请为 --db 指定一个空数据库或团队案卷。</translation>
    </message>
    <message>
        <source>The team case {case} was made by a newer ReelCheck (database version {version}; this one knows up to {known}). It was left untouched: update ReelCheck to open it.</source>
        <translation>团队案卷 {case} 由更新版本的 ReelCheck 创建（数据库版本 {version}；此版本最高支持 {known}）。未改动它：请更新 ReelCheck 后再打开。</translation>
    </message>
    <message>
        <source>missing tables: {tables}</source>
        <translation>缺少表：{tables}</translation>
    </message>
    <message>
        <source>{reviewer} is deciding {clip} until {time}: you can look at it, and its queue item is theirs to change until then.</source>
        <translation>{reviewer} 正在处理 {clip}，直到 {time}：你可以查看它，在此之前其队列条目由对方更改。</translation>
    </message>
    <message>
        <source>{reviewer} is deciding {clip} (until {time}); it was left as they have it.</source>
        <translation>{reviewer} 正在处理 {clip}（直到 {time}）；已保持对方的设置不变。</translation>
    </message>
    <message>
        <source>Not saved: another reviewer changed this since you opened it.</source>
        <translation>未保存：你打开之后，另一位核查员更改了此内容。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not saved: {reviewer} changed this at {time} ({change}). Their change stays; look and try again.</source>
        <translation>未保存：{reviewer} 于 {time} 更改了此内容（{change}）。对方的更改保留；请查看后重试。</translation>
    </message>
</context>
<context>
    <name>Detectors</name>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>plugin folder</source>
        <translation>插件文件夹</translation>
    </message>
    <message>
        <source>camera footage usually scores {low}-{high} here: {measured_on}</source>
        <translation>相机拍摄的画面在此通常得分 {low}-{high}：{measured_on}</translation>
    </message>
    <message>
        <source>Detectors run on the {device} (the GPU was asked for but could not be used)</source>
        <translation>检测器运行于 {device}（指定了 GPU，但无法使用）</translation>
    </message>
    <message>
        <source>Detectors run on the {device} (no working GPU was found)</source>
        <translation>检测器运行于 {device}（未找到可用的 GPU）</translation>
    </message>
    <message>
        <source>Detectors run on the {device}</source>
        <translation>检测器运行于 {device}</translation>
    </message>
    <message>
        <source>Change motion does not explain (optical flow)</source>
        <translation>运动无法解释的变化（光流）</translation>
    </message>
    <message>
        <source>Marks change between consecutive frames that the motion in the picture does not explain: the frame before is moved along the optical flow onto this one, and what still differs (objects melting, morphing, appearing from nowhere, detail swapping) lights up.</source>
        <translation>标出相邻帧之间画面运动无法解释的变化：把前一帧沿光流移到当前帧上，仍然不同的地方（物体融化、变形、凭空出现、细节互换）会被点亮。</translation>
    </message>
    <message>
        <source>per block, how far the frame differs from the frame before moved along the optical flow, in grey levels (0-255), clipped at 32</source>
        <translation>每个区块中，当前帧与沿光流移动后的前一帧相差多少，以灰度级（0-255）计，上限截为 32</translation>
    </message>
    <message>
        <source>the mean difference over the picture that motion does not explain, in grey levels</source>
        <translation>整个画面中运动无法解释的平均差异，以灰度级计</translation>
    </message>
    <message>
        <source>5th percentile of the mean and 95th of the 90th-percentile frame score of 208 camera clips of ReelCheck&apos;s training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)</source>
        <translation>ReelCheck 训练集中 208 个相机片段的平均帧分数的第 5 百分位，以及第 90 百分位帧分数的第 95 百分位，每个片段均按其转码版本（前 3 秒，16 fps，480 px，H.264 CRF 23）</translation>
    </message>
    <message>
        <source>Things coming into view or going out of it (occlusions, a hand passing in front of a face) cannot be explained by motion and light up in real footage.</source>
        <translation>进入或离开画面的东西（遮挡、一只手从脸前经过）无法用运动解释，在真实画面中也会被点亮。</translation>
    </message>
    <message>
        <source>Scene cuts, flashes, flicker and fades change the whole picture at once.</source>
        <translation>场景切换、闪光、闪烁和淡入淡出会一下子改变整个画面。</translation>
    </message>
    <message>
        <source>Fast motion, motion blur, smoke, water and transparent or reflective surfaces confuse optical flow.</source>
        <translation>快速运动、运动模糊、烟雾、水面以及透明或反光的表面会干扰光流。</translation>
    </message>
    <message>
        <source>Keyframes of heavily compressed clips change detail everywhere a little; low-bitrate clips read a few grey levels higher throughout.</source>
        <translation>高度压缩片段的关键帧会让各处细节都略有变化；低码率片段整体会高出几个灰度级。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.47 [0.32-0.61] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.47 [0.32-0.61]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.47 [0.33-0.61] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.47 [0.33-0.61]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.45 [0.31-0.59] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.45 [0.31-0.59]。</translation>
    </message>
    <message>
        <source>Learned residual check (small network)</source>
        <translation>学习型残差检查（小型网络）</translation>
    </message>
    <message>
        <source>A small neural network, trained on public camera and generated clips, looks at the picture&apos;s fine grain (each colour minus its local average, where camera sensor noise and demosaicing leave their traces) and marks blocks whose grain looks more like generated video than like camera footage.</source>
        <translation>一个用公开的相机片段和生成片段训练的小型神经网络，观察画面的细微颗粒（每个颜色通道减去其局部平均值，相机传感器噪声和去马赛克会在这里留下痕迹），标出颗粒更像生成视频而不像相机拍摄的区块。</translation>
    </message>
    <message>
        <source>per 16-pixel block, how much its fine grain resembles that of the generated training clips: 0 camera-like, 1 generated-like</source>
        <translation>每个 16 像素区块的细微颗粒与训练用生成片段的相似程度：0 像相机拍摄，1 像生成内容</translation>
    </message>
    <message>
        <source>the network&apos;s judgement of the frame as a whole (its mean over the blocks that are neither near-black nor near-white)</source>
        <translation>网络对整帧的判断（对既不接近全黑也不接近全白的区块取平均）</translation>
    </message>
    <message>
        <source>It learned from a few hundred public research clips (2023-2025 open models and camera clips from research repositories): a generator unlike them, or camera footage unlike them (old film, CCTV, phone video with heavy processing), can score the wrong way.</source>
        <translation>它从几百个公开研究片段中学习（2023-2025 年的开源模型，以及研究代码库中的相机片段）：与之不同的生成器，或与之不同的相机画面（老电影、监控录像、经过大量处理的手机视频），都可能得出相反的分数。</translation>
    </message>
    <message>
        <source>Re-encoding, resizing, sharpening, screen recording and platform filters change the fine grain it reads: a reposted generated clip can look camera-like and a heavily processed camera clip generated-like.</source>
        <translation>重新编码、缩放、锐化、录屏和平台滤镜会改变它读取的细微颗粒：转发的生成片段可能看起来像相机拍摄，经过大量处理的相机片段可能看起来像生成内容。</translation>
    </message>
    <message>
        <source>Cartoons, animation, CGI, screen captures and large text overlays were not among the camera clips it learned from; its heatmap there means little.</source>
        <translation>卡通、动画、CGI、屏幕截图和大面积文字叠加不在它学习的相机片段之中；它在这些地方的热力图意义不大。</translation>
    </message>
    <message>
        <source>Flat areas (sky, walls, studio backgrounds) carry little grain: blocks there are judged on almost nothing and often lean generated.</source>
        <translation>平坦区域（天空、墙面、演播室背景）几乎没有颗粒：这些区块几乎无从判断，常常偏向生成。</translation>
    </message>
    <message>
        <source>Its heatmap shows where the network&apos;s judgement comes from, not where a picture was manipulated: it was trained on whole clips, never on marked regions.</source>
        <translation>它的热力图显示的是网络判断的依据在哪里，而不是画面在哪里被篡改：它是用整段片段训练的，从未用标注过的区域训练。</translation>
    </message>
    <message>
        <source>Trained on 397 public clips (ReelCheck&apos;s training set, manifest SHA-256 8b4a1ae3ec945e20); on repositories it never saw (grouped cross-validation): AUC 0.67 [0.61-0.73] for its mean frame score.</source>
        <translation>用 397 个公开片段训练（ReelCheck 的训练集，清单 SHA-256 8b4a1ae3ec945e20）；在它从未见过的代码库上（分组交叉验证）：平均帧分数的 AUC 为 0.67 [0.61-0.73]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.74 [0.62-0.85] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.74 [0.62-0.85]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.72 [0.59-0.83] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.72 [0.59-0.83]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.77 [0.65-0.87] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.77 [0.65-0.87]。</translation>
    </message>
    <message>
        <source>Morphing lettering (text that keeps changing)</source>
        <translation>变形文字（不断变化的文字）</translation>
    </message>
    <message>
        <source>Marks lettering whose shapes keep changing from frame to frame while the surface it is on stays still: generated video draws signs, labels and captions anew in every frame, and their letters wobble, swap and melt, where text filmed by a camera or laid over a clip keeps its shape.</source>
        <translation>标出所在表面静止、字形却逐帧不断变化的文字：生成视频在每一帧都重新绘制招牌、标签和字幕，字母会摇晃、互换、融化；而相机拍到的文字或叠加在片段上的文字会保持形状。</translation>
    </message>
    <message>
        <source>per block, the share of the stroke pixels of a line of text (seen in this frame and the one before, after following its motion) that changed shape, in each of the last two frame steps, weighed by how still the surface around the line stayed: 0 kept its shape or no text seen, 1 redrawn entirely</source>
        <translation>每个区块中，一行文字的笔画像素（在当前帧和前一帧中看到，并已跟随其运动）在最近两次帧间变化中改变形状的比例，按该行周围表面的静止程度加权：0 保持形状或未见文字，1 完全重绘</translation>
    </message>
    <message>
        <source>the strongest block: how much the most changing line of text on a still surface changed shape (0 where no text is seen)</source>
        <translation>最强的区块：静止表面上变化最大的一行文字改变了多少形状（未见文字时为 0）</translation>
    </message>
    <message>
        <source>Text that really changes scores high: typing effects, counters and clocks, karaoke captions that colour word by word, animated titles, and a caption replaced by the next one in two frames running.</source>
        <translation>真正在变化的文字也会得高分：打字效果、计数器和时钟、逐字变色的卡拉 OK 字幕、动画标题，以及连续两帧中被下一条替换的字幕。</translation>
    </message>
    <message>
        <source>Scrolling tickers are followed, but one faster than about 32 pixels of the 480-pixel analysis width per frame, or one that scrolls while zooming, reads as changing.</source>
        <translation>滚动字幕会被跟踪，但每帧移动超过约 32 像素（以 480 像素的分析宽度计）或边滚动边缩放的，会被当作在变化。</translation>
    </message>
    <message>
        <source>Flicker, flashes and fades change the strokes&apos; contrast; cuts change everything, though a moving surface around a line lowers its score.</source>
        <translation>闪烁、闪光和淡入淡出会改变笔画的对比度；切换镜头会改变一切，不过文字周围的表面在动时会降低其分数。</translation>
    </message>
    <message>
        <source>Heavy compression smears small text (lines under about 10 pixels high at 480 px wide): its strokes then change from frame to frame in camera footage too.</source>
        <translation>高度压缩会把小字（在 480 px 宽度下高度不到约 10 像素的文字）抹糊：这时在相机拍摄的画面中，其笔画也会逐帧变化。</translation>
    </message>
    <message>
        <source>Fine high-contrast texture in motion (leaves, fences, water glints, patterned cloth) can pass for lines of text.</source>
        <translation>运动中的细密高对比纹理（树叶、栅栏、水面反光、花纹布料）可能被当成文字。</translation>
    </message>
    <message>
        <source>Text it cannot see scores 0: single letters or characters, large letters with strokes over about 9 pixels thick at the analysis width, low-contrast, blurred or shaded lettering, text on a busy background, and vertical text.</source>
        <translation>它看不到的文字得 0 分：单个字母或汉字、在分析宽度下笔画粗于约 9 像素的大字、低对比度、模糊或带阴影的文字、杂乱背景上的文字，以及竖排文字。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.47 [0.35-0.58] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.47 [0.35-0.58]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.48 [0.36-0.59] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.48 [0.36-0.59]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.39 [0.28-0.49], the wrong way round for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.39 [0.28-0.49]，方向相反。</translation>
    </message>
    <message>
        <source>The dev set holds almost no lettering: in every rendition no clip&apos;s 90th-percentile frame score passed 0.02 (camera clips at most 0.017, generated at most 0.006), so these figures say that camera footage stays near 0 here, not how often generated lettering morphs.</source>
        <translation>开发集中几乎没有文字：在每种转码版本下，没有片段的第 90 百分位帧分数超过 0.02（相机片段最高 0.017，生成片段最高 0.006），所以这些数字只说明相机拍摄的画面在此接近 0，并不说明生成文字变形的频率。</translation>
    </message>
    <message>
        <source>Smoother than the rest of the frame (noise level)</source>
        <translation>比画面其余部分更平滑（噪声水平）</translation>
    </message>
    <message>
        <source>Marks parts of the picture that are much smoother than the rest of the same frame: camera sensors leave fine noise everywhere, while generated, denoised or pasted-in regions often look waxy.</source>
        <translation>标出比同一帧其余部分平滑得多的区域：相机传感器会在各处留下细微噪声，而生成、降噪或贴入的区域常常显得像蜡一样。</translation>
    </message>
    <message>
        <source>per 16-pixel block, how far its noise level falls below the frame&apos;s typical level: 0 as noisy as the rest, 1 no noise at all</source>
        <translation>每个 16 像素区块的噪声水平比整帧的典型水平低多少：0 与其余部分一样有噪声，1 完全没有噪声</translation>
    </message>
    <message>
        <source>the share of the picture that is much smoother than the rest of the frame</source>
        <translation>画面中比其余部分平滑得多的区域所占比例</translation>
    </message>
    <message>
        <source>It does not tell generated from camera clips: on whole clips camera footage (defocus, sky, night-time denoising) scored higher than generated footage, so it is a view for spotting a pasted-in or retouched region inside one frame, never a sign of a generated clip.</source>
        <translation>它不能区分生成片段和相机片段：就整段片段而言，相机画面（失焦、天空、夜间降噪）得分比生成画面还高，所以它只是用来发现一帧之内贴入或修饰过的区域的视图，绝不是片段为生成内容的迹象。</translation>
    </message>
    <message>
        <source>Naturally flat areas (clear sky, painted walls, studio backdrops) and out-of-focus backgrounds are smooth in real footage too.</source>
        <translation>天然平坦的区域（晴朗的天空、刷漆的墙面、演播室背景板）和失焦的背景在真实画面中同样平滑。</translation>
    </message>
    <message>
        <source>Strong compression, denoising in the phone or the platform, and beauty filters smooth real footage.</source>
        <translation>强压缩、手机或平台的降噪以及美颜滤镜都会让真实画面变平滑。</translation>
    </message>
    <message>
        <source>Resizing spreads or removes noise, so a clip scaled after editing looks more uniform than its source.</source>
        <translation>缩放会摊开或去除噪声，所以剪辑后缩放过的片段看起来比原片更均匀。</translation>
    </message>
    <message>
        <source>Text overlays, graphics and screen recordings have no sensor noise at all.</source>
        <translation>文字叠加、图形和录屏完全没有传感器噪声。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.42 [0.29-0.56] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.42 [0.29-0.56]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.41 [0.28-0.55] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.41 [0.28-0.55]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.46 [0.33-0.60] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.46 [0.33-0.60]。</translation>
    </message>
    <message>
        <source>Enlarged by 2 (pixel-pair residual)</source>
        <translation>放大 2 倍（像素对残差）</translation>
    </message>
    <message>
        <source>Marks parts of the picture whose neighbouring pixels relate as if the picture had been enlarged by exactly 2: image generators build their output by repeated doubling, which makes the two pixels of each aligned pair differ less (or more) than pixels of neighbouring pairs, while a camera picture shows no such difference.</source>
        <translation>标出相邻像素之间的关系就像画面被精确放大了 2 倍的区域：图像生成器通过反复加倍来构建输出，使每个对齐像素对内的两个像素之间的差异小于（或大于）相邻像素对之间的差异，而相机画面没有这种差别。</translation>
    </message>
    <message>
        <source>per 16-pixel block (judged with the blocks around it), how far the differences within aligned pixel pairs depart from those between pairs: 0 as in a camera picture, 1 strongly like a picture enlarged by 2</source>
        <translation>每个 16 像素区块（结合周围区块判断）中，对齐像素对内部的差异偏离像素对之间差异的程度：0 与相机画面一样，1 非常像放大 2 倍的画面</translation>
    </message>
    <message>
        <source>the share of the picture, weighted by strength, whose pixel pairs look enlarged by 2</source>
        <translation>像素对看起来被放大 2 倍的画面所占比例（按强度加权）</translation>
    </message>
    <message>
        <source>It measures enlargement by 2, not generation: on whole clips camera footage (much of it upscaled for delivery) scored higher than generated footage, so a high score says the picture was enlarged, by a generator or by anyone.</source>
        <translation>它测量的是放大 2 倍，而不是生成：就整段片段而言，相机画面（其中很多为了发布而放大过）得分比生成画面还高，所以高分只说明画面被放大过，可能是生成器，也可能是任何人。</translation>
    </message>
    <message>
        <source>Compression weakens it and only some enlargements show strongly: in our H.264 tests a region enlarged by pixel copying stays clearly marked up to CRF 28 (0.6-0.9 on the heatmap), smooth enlargements (bilinear, transposed convolution) reach only 0.05-0.3, and clean camera-like footage at CRF 18 to 28 stays at 0 apart from single blocks up to 0.15 at CRF 28.</source>
        <translation>压缩会削弱它，且只有部分放大方式表现明显：在我们的 H.264 测试中，用像素复制放大的区域直到 CRF 28 仍被清楚标出（热力图上 0.6-0.9），平滑放大（双线性、转置卷积）只有 0.05-0.3，干净的类相机画面在 CRF 18 到 28 下保持为 0，只在 CRF 28 时个别区块达到 0.15。</translation>
    </message>
    <message>
        <source>Flat or very smooth areas (sky, walls, heavily compressed or denoised footage) are not judged at all: where neighbouring pixels differ by less than about 2 grey levels the block stays at 0.</source>
        <translation>平坦或非常平滑的区域（天空、墙面、高度压缩或降噪过的画面）完全不作判断：相邻像素相差不到约 2 个灰度级的区块保持为 0。</translation>
    </message>
    <message>
        <source>Any resizing after generation (a platform&apos;s rescale, cropping by an odd number of pixels then scaling, a different export size) erases the cue, so a generated clip can show nothing.</source>
        <translation>生成之后的任何缩放（平台重新缩放、裁掉奇数个像素再缩放、换一种导出尺寸）都会抹掉这一线索，所以生成片段可能什么也显示不出来。</translation>
    </message>
    <message>
        <source>Real footage enlarged by 2 (a 540p or 960x540 camera clip shown at 1080p, digital zoom, upscaled archive material) looks exactly the same as generated footage.</source>
        <translation>放大 2 倍的真实画面（以 1080p 显示的 540p 或 960x540 相机片段、数码变焦、放大过的资料画面）看起来与生成画面完全一样。</translation>
    </message>
    <message>
        <source>Chroma subsampling and colour conversion in unusual decoders, or a video cropped by an odd number of pixels, can shift or blur the pattern; generators that end with a full-resolution refinement step leave little of it.</source>
        <translation>少见解码器中的色度抽样和颜色转换，或被裁掉奇数个像素的视频，都可能使这一模式偏移或模糊；最后一步在全分辨率下精修的生成器留下的痕迹很少。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.40 [0.27-0.54] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.40 [0.27-0.54]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.39 [0.26-0.53] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.39 [0.26-0.53]。</translation>
    </message>
    <message>
        <source>Upsampling grid (spectral periodicity)</source>
        <translation>上采样网格（频谱周期性）</translation>
    </message>
    <message>
        <source>Marks parts of the picture whose finest detail repeats on a regular 2 or 4 pixel grid: the decoders of image and video generators enlarge their pictures in steps of two and often leave such a grid, which a camera does not.</source>
        <translation>标出最细微的细节按规则的 2 或 4 像素网格重复的区域：图像和视频生成器的解码器按两倍逐步放大画面，常常留下这种网格，而相机不会。</translation>
    </message>
    <message>
        <source>per 16-pixel block, how far the fine-detail spectrum peaks at the frequencies of a 2 or 4 pixel grid above the frequencies around them: 0 no more than twice, 1 seven times or more</source>
        <translation>每个 16 像素区块中，细节频谱在 2 或 4 像素网格频率处的峰值高出周围频率多少：0 不超过两倍，1 七倍或以上</translation>
    </message>
    <message>
        <source>the share of the picture that carries a regular 2 or 4 pixel grid (higher = more periodic)</source>
        <translation>画面中带有规则 2 或 4 像素网格的区域所占比例（越高越有周期性）</translation>
    </message>
    <message>
        <source>Compression erases the grid rather than faking one: measured on H.264, a generator-like grid over the whole picture still scored about 0.95 at CRF 23 and 0.8 at CRF 28 but nothing at CRF 35, while clean camera-like footage scored 0 at every CRF from 12 to 35, so a low score on a heavily compressed or re-encoded clip says little.</source>
        <translation>压缩会抹掉网格，而不会伪造网格：在 H.264 上测量，覆盖整个画面的类生成器网格在 CRF 23 时仍得约 0.95，CRF 28 时约 0.8，CRF 35 时则为 0；干净的类相机画面在 CRF 12 到 35 之间都得 0，所以高度压缩或重新编码的片段得分低说明不了什么。</translation>
    </message>
    <message>
        <source>Video that was enlarged by exactly two or four after recording, screen recordings, pixel art, text and graphics can carry a regular pixel grid too.</source>
        <translation>录制后被精确放大 2 倍或 4 倍的视频、录屏、像素画、文字和图形也可能带有规则的像素网格。</translation>
    </message>
    <message>
        <source>Fine regular textures (fabric, mesh, brick, moire on screens filmed with a camera) can peak at the same frequencies.</source>
        <translation>细密规则的纹理（织物、网格、砖墙、用相机拍摄屏幕时产生的摩尔纹）可能在相同频率处出现峰值。</translation>
    </message>
    <message>
        <source>Any resize by a factor that is not a power of two, or a crop by an odd number of pixels followed by a resize, moves or blurs the grid and lowers the score of generated footage.</source>
        <translation>任何非 2 的幂次的缩放，或先裁掉奇数个像素再缩放，都会使网格偏移或模糊，降低生成画面的分数。</translation>
    </message>
    <message>
        <source>A generator whose last upsampling step leaves an 8 pixel grid is not measured: that grid looks like the codec&apos;s own block grid.</source>
        <translation>最后一步上采样留下 8 像素网格的生成器不在测量范围内：那种网格看起来与编码器自身的块网格一样。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.49 [0.36-0.63] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.49 [0.36-0.63]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.54 [0.40-0.67] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.54 [0.40-0.67]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.51 [0.38-0.65] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.51 [0.38-0.65]。</translation>
    </message>
    <message>
        <source>Boiling texture (frame to frame)</source>
        <translation>沸腾纹理（逐帧）</translation>
    </message>
    <message>
        <source>Marks fine texture that is redrawn from one frame to the next instead of moving with the scene: generated video often makes hair, leaves, text and skin shimmer or boil, while a camera records the same detail moving.</source>
        <translation>标出逐帧重新绘制、而不是随场景移动的细微纹理：生成视频常让头发、树叶、文字和皮肤闪烁或“沸腾”，而相机记录的是同样的细节在移动。</translation>
    </message>
    <message>
        <source>per block, the share of its fine texture that changed since the frame before after following the motion and allowing for sensor noise: 0 persisted, 1 redrawn entirely</source>
        <translation>每个区块中，在跟随运动并考虑传感器噪声之后，其细微纹理相对前一帧发生变化的比例：0 保持不变，1 完全重绘</translation>
    </message>
    <message>
        <source>the share of the picture whose fine texture was redrawn since the frame before (the temporal inconsistency curve)</source>
        <translation>画面中细微纹理相对前一帧被重绘的比例（时间不一致曲线）</translation>
    </message>
    <message>
        <source>Fast motion (more than about 8 pixels of a 1080p frame between frames), zooms and rotations are not followed: moving texture then looks redrawn.</source>
        <translation>快速运动（在 1080p 画面中帧间移动超过约 8 像素）、缩放和旋转无法跟踪：这时移动的纹理看起来像是被重绘。</translation>
    </message>
    <message>
        <source>Water, fire, smoke, foliage in wind, crowds and flicker really change from frame to frame.</source>
        <translation>水、火、烟、风中的枝叶、人群和闪烁确实会逐帧变化。</translation>
    </message>
    <message>
        <source>Keyframes and scene cuts: the codec redraws texture at the start of each group of pictures and the curve spikes there; a cut looks like everything was redrawn.</source>
        <translation>关键帧和场景切换：编码器在每个图像组开头重绘纹理，曲线会在那里出现尖峰；镜头切换看起来就像一切都被重绘。</translation>
    </message>
    <message>
        <source>Compression re-quantises texture a little in every frame: on test clips at CRF 12 to 28, texture moving with the scene scores 0.2 to 0.4 in its blocks where redrawn texture scores 0.8 to 0.95; heavy compression and denoising also wipe out the fine texture this measures.</source>
        <translation>压缩在每一帧都会对纹理稍作重新量化：在 CRF 12 到 28 的测试片段中，随场景移动的纹理所在区块得 0.2 到 0.4，而重绘的纹理得 0.8 到 0.95；高度压缩和降噪也会抹掉它所测量的细微纹理。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), as the app measures it: AUC 0.47 [0.33-0.61] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，按本应用的测量方式：平均帧分数的 AUC 为 0.47 [0.33-0.61]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), re-encoded at H.264 CRF 28: AUC 0.47 [0.34-0.61] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，以 H.264 CRF 28 重新编码：平均帧分数的 AUC 为 0.47 [0.34-0.61]。</translation>
    </message>
    <message>
        <source>On the dev set (71 public clips from 29 repositories, none used in training), at half size (240 px): AUC 0.42 [0.29-0.57] for its mean frame score.</source>
        <translation>在开发集（来自 29 个代码库的 71 个公开片段，均未用于训练）上，缩小一半（240 px）：平均帧分数的 AUC 为 0.42 [0.29-0.57]。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>organisation URL</source>
        <translation>机构网址</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>clip&apos;s link</source>
        <translation>片段链接</translation>
    </message>
    <message>
        <source>archive link</source>
        <translation>存档链接</translation>
    </message>
    <message>
        <source>upload date</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>access date</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>真实性评估</translation>
    </message>
    <message>
        <source>review status</source>
        <translation>核查状态</translation>
    </message>
    <message>
        <source>queue status</source>
        <translation>队列状态</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>quoted line&apos;s track</source>
        <translation>引用行所在的轨</translation>
    </message>
    <message>
        <source>quoted line</source>
        <translation>引用行</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>uploader</source>
        <translation>上传者</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>queue note</source>
        <translation>交接备注</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>frame in</source>
        <translation>起始帧</translation>
    </message>
    <message>
        <source>frame out</source>
        <translation>结束帧</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>说法提出者</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>claim id</source>
        <translation>说法编号</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>叠加层</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>content rating</source>
        <translation>内容评级</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>核查员</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>track</source>
        <translation>轨</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The {field} must be text.</source>
        <translation>{field}必须是文字。</translation>
    </message>
    <message>
        <source>The {field} is {length:,} characters long; the most a field holds is {most:,}.</source>
        <translation>{field}长 {length:,} 个字符；一个字段最多容纳 {most:,} 个。</translation>
    </message>
    <message>
        <source>The {field} holds the invisible direction character(s) {characters}, which make an address read as another site: type or paste the address again without them.</source>
        <translation>{field}中含有不可见的方向控制字符 {characters}，会让地址看起来像另一个网站：请去掉它们，重新输入或粘贴地址。</translation>
    </message>
    <message>
        <source>The {field} is not a web address.</source>
        <translation>{field}不是网址。</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>没有协议</translation>
    </message>
    <message>
        <source>The {field} must start with http:// or https:// (it has {scheme}).</source>
        <translation>{field}必须以 http:// 或 https:// 开头（现在是 {scheme}）。</translation>
    </message>
    <message>
        <source>The {field} has no site name after {scheme}://.</source>
        <translation>{field}在 {scheme}:// 之后没有网站名。</translation>
    </message>
    <message>
        <source>The {field} &apos;{value}&apos; is not one of: {choices}.</source>
        <translation>{field}“{value}”不在以下选项中：{choices}。</translation>
    </message>
    <message>
        <source>A claim runs from a frame to the same or a later one (not {first} to {last}).</source>
        <translation>说法的范围是从某一帧到同一帧或其后的帧（不能从 {first} 到 {last}）。</translation>
    </message>
    <message>
        <source>Frame {frame} is outside the clip: its frames are 0 to {last}.</source>
        <translation>第 {frame} 帧超出了片段范围：它的帧号是 0 到 {last}。</translation>
    </message>
    <message>
        <source>The {field} &apos;{text}&apos; is not a date like 2026-11-27.</source>
        <translation>{field}“{text}”不是形如 2026-11-27 的日期。</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>{field}必须是整数。</translation>
    </message>
    <message>
        <source>The {field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>The {field} is too large.</source>
        <translation>{field}太大。</translation>
    </message>
    <message>
        <source>The regions must be a list of shapes.</source>
        <translation>区域必须是一组图形。</translation>
    </message>
    <message>
        <source>A region must be one of: {shapes}.</source>
        <translation>区域必须是以下之一：{shapes}。</translation>
    </message>
    <message>
        <source>A region&apos;s corners must lie inside the frame (0 to 1 across and down).</source>
        <translation>区域的角必须位于画面之内（横向和纵向都在 0 到 1 之间）。</translation>
    </message>
    <message>
        <source>A claim quotes a line of subtitles or of on-screen text.</source>
        <translation>说法引用的是一行字幕或画面文字。</translation>
    </message>
    <message>
        <source>A quoted line says when it starts and ends, in seconds.</source>
        <translation>引用行需注明开始和结束时间，以秒计。</translation>
    </message>
    <message>
        <source>A quoted line ends when it starts or later.</source>
        <translation>引用行的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The tags must be a list of words.</source>
        <translation>标签必须是一组词。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>end</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>authenticity assessment</source>
        <translation>真实性评估</translation>
    </message>
    <message>
        <source>decision time</source>
        <translation>核查结论时间</translation>
    </message>
    <message>
        <source>picture hash</source>
        <translation>图像哈希值</translation>
    </message>
    <message>
        <source>perceptual hash</source>
        <translation>感知哈希值</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file: it would wait for a writer for ever</source>
        <translation>是命名管道（FIFO），不是文件：读取它会一直等待写入方</translation>
    </message>
    <message>
        <source>is a device, not a file: it has no end</source>
        <translation>是设备，不是文件：它没有尽头</translation>
    </message>
    <message>
        <source>is a disk device, not a file</source>
        <translation>是磁盘设备，不是文件</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>是套接字，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>无法读取：权限不足</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is a loop of symbolic links that never reaches a file</source>
        <translation>是一个符号链接循环，永远到不了文件</translation>
    </message>
    <message>
        <source>does not exist (a part of its path is not a folder)</source>
        <translation>不存在（其路径中有一部分不是文件夹）</translation>
    </message>
    <message>
        <source>has a name too long for this system</source>
        <translation>的名称对本系统来说太长</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is {size:,} bytes, more than the {most:,} bytes such a file may have</source>
        <translation>有 {size:,} 字节，超过了此类文件最多 {most:,} 字节的上限</translation>
    </message>
    <message>
        <source>grew past the {most:,} bytes such a file may have while being read</source>
        <translation>在读取过程中增长到超过此类文件最多 {most:,} 字节的上限</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>Its sound cannot be read: {reason}</source>
        <translation>无法读取它的声音：{reason}</translation>
    </message>
    <message>
        <source>This clip has no sound.</source>
        <translation>这个片段没有声音。</translation>
    </message>
    <message>
        <source>Its sound stream declares no sample rate or an impossible number of channels.</source>
        <translation>它的音频流没有声明采样率，或声道数不合理。</translation>
    </message>
    <message>
        <source>Its sound cannot be decoded: {reason}</source>
        <translation>无法解码它的声音：{reason}</translation>
    </message>
    <message>
        <source>it {reason}.</source>
        <translation>它{reason}。</translation>
    </message>
    <message>
        <source>It {reason}.</source>
        <translation>它{reason}。</translation>
    </message>
    <message>
        <source>damaged data</source>
        <translation>数据损坏</translation>
    </message>
    <message>
        <source>Its picture cannot be decoded: {reason}.</source>
        <translation>无法解码它的画面：{reason}。</translation>
    </message>
    <message>
        <source>It has no picture.</source>
        <translation>它没有画面。</translation>
    </message>
    <message>
        <source>Its frames are {width}x{height} pixels ({megapixels:.0f} megapixels), more than the {most} megapixels ReelCheck decodes (8K video has 33): it is refused rather than fill the memory.</source>
        <translation>它的帧为 {width}x{height} 像素（{megapixels:.0f} 百万像素），超过了 ReelCheck 可解码的 {most} 百万像素（8K 视频为 33）：为免耗尽内存，拒绝打开。</translation>
    </message>
    <message>
        <source>One decoded frame of it takes {needed} MiB, more than the {cache} MiB frame cache: give the cache at least {needed} MiB (--cache-mb {needed}).</source>
        <translation>它解码后的一帧需要 {needed} MiB，超过了 {cache} MiB 的帧缓存：请给缓存至少 {needed} MiB（--cache-mb {needed}）。</translation>
    </message>
    <message>
        <source>Frame {n} is outside the clip (it has frames 0 to {last}).</source>
        <translation>第 {n} 帧超出了片段范围（它的帧号是 0 到 {last}）。</translation>
    </message>
    <message>
        <source>The video stream holds no frames that can be decoded: the file is damaged.</source>
        <translation>视频流中没有可解码的帧：文件已损坏。</translation>
    </message>
    <message>
        <source>Frame {n} could not be decoded: this part of the file is damaged.</source>
        <translation>无法解码第 {n} 帧：文件的这一部分已损坏。</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes).</source>
        <translation>文件 {name} 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>The file has no video stream (it holds audio only): ReelCheck reviews video clips; open the clip the sound came from, whose sound plays with its picture.</source>
        <translation>该文件没有视频流（只有音频）：ReelCheck 核查的是视频片段；请打开这段声音所属的片段，声音会随画面一起播放。</translation>
    </message>
    <message>
        <source>The file has no video stream (it holds {kinds}).</source>
        <translation>该文件没有视频流（它包含 {kinds}）。</translation>
    </message>
    <message>
        <source>The video codec of this file is not one ReelCheck can decode.</source>
        <translation>ReelCheck 无法解码该文件的视频编码。</translation>
    </message>
    <message>
        <source>No frame of the video could be decoded: the file is damaged or its codec is unsupported.</source>
        <translation>视频中没有可解码的帧：文件已损坏，或其编码不受支持。</translation>
    </message>
    <message>
        <source>The file looks like an MP4/MOV video but is truncated or incomplete: its index (moov atom) is missing.</source>
        <translation>该文件看起来是 MP4/MOV 视频，但被截断或不完整：缺少索引（moov atom）。</translation>
    </message>
    <message>
        <source>This is not a video file ReelCheck can read (FFmpeg recognised no format in it).</source>
        <translation>这不是 ReelCheck 能读取的视频文件（FFmpeg 无法识别其格式）。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>无法读取该文件：{reason}。</translation>
    </message>
    <message>
        <source>The video has no timestamps (a raw elementary stream): put it in a container first, for example with: ffmpeg -i INPUT -c copy OUTPUT.mp4.</source>
        <translation>该视频没有时间戳（裸的基本流）：请先把它放进容器，例如：ffmpeg -i INPUT -c copy OUTPUT.mp4。</translation>
    </message>
    <message>
        <source>{name}: no frame could be decoded</source>
        <translation>{name}：没有可解码的帧</translation>
    </message>
    <message>
        <source>Its subtitles cannot be read: it {reason}.</source>
        <translation>无法读取它的字幕：它{reason}。</translation>
    </message>
    <message>
        <source>Its subtitles cannot be read: {reason}</source>
        <translation>无法读取它的字幕：{reason}</translation>
    </message>
    <message>
        <source>Frame {number} could not be read; the details are in the log file.</source>
        <translation>无法读取第 {number} 帧；详情见日志文件。</translation>
    </message>
    <message>
        <source>The sound could not be decoded; the details are in the log file.</source>
        <translation>无法解码声音；详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>Media facts</name>
    <message>
        <source>{average:.3f} fps average, {measured:.3f} measured</source>
        <translation>平均 {average:.3f} fps，实测 {measured:.3f}</translation>
    </message>
    <message>
        <source>{video:,.0f} kb/s video, {overall:,.0f} kb/s overall</source>
        <translation>视频 {video:,.0f} kb/s，总计 {overall:,.0f} kb/s</translation>
    </message>
    <message>
        <source>{frames:,} ({keyframes:,} keyframes)</source>
        <translation>{frames:,}（{keyframes:,} 个关键帧）</translation>
    </message>
    <message>
        <source>{width} x {height} ({aspect})</source>
        <translation>{width} x {height}（{aspect}）</translation>
    </message>
    <message>
        <source>variable frame rate</source>
        <translation>可变帧率</translation>
    </message>
    <message>
        <source>constant frame rate</source>
        <translation>恒定帧率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} 字节</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>像素格式</translation>
    </message>
    <message>
        <source>{format}, {depth}-bit</source>
        <translation>{format}，{depth} 位</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>存储尺寸</translation>
    </message>
    <message>
        <source>Shown size</source>
        <translation>显示尺寸</translation>
    </message>
    <message>
        <source>Pixel aspect</source>
        <translation>像素宽高比</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时序</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>Stream {number}</source>
        <translation>第 {number} 路流</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>start again at frame {frames} (files joined end to end?): every frame is numbered as decoded, and the times after a restart are moved to follow on</source>
        <translation>在第 {frames} 帧处重新开始（由多个文件首尾拼接而成？）：每帧按解码顺序编号，重新开始之后的时间顺延接续</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>stored sideways; shown turned {degrees}° clockwise</source>
        <translation>以侧向存储；显示时顺时针旋转 {degrees}°</translation>
    </message>
    <message>
        <source>stored upside down; shown turned {degrees}° clockwise</source>
        <translation>以倒置存储；显示时顺时针旋转 {degrees}°</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Written by FFmpeg</source>
        <translation>由 FFmpeg 写出</translation>
    </message>
    <message>
        <source>The encoder tag &apos;{tag}&apos; suggests the file was written or re-muxed by FFmpeg (or a tool built on it); phones and cameras rarely write this, so the file has often passed through software after capture.</source>
        <translation>编码器标签“{tag}”表明该文件由 FFmpeg（或基于它的工具）写出或重新封装；手机和相机很少写这个标签，所以该文件在拍摄后往往经过了软件处理。</translation>
    </message>
    <message>
        <source>Re-encoded with HandBrake</source>
        <translation>经 HandBrake 重新编码</translation>
    </message>
    <message>
        <source>The encoder tag &apos;{tag}&apos; suggests the clip was re-encoded with HandBrake after capture.</source>
        <translation>编码器标签“{tag}”表明该片段在拍摄后经 HandBrake 重新编码。</translation>
    </message>
    <message>
        <source>Google encoder tag</source>
        <translation>Google 编码器标签</translation>
    </message>
    <message>
        <source>The encoder tag &apos;{tag}&apos; is consistent with a file processed by Google software (YouTube, Photos or Google&apos;s tools).</source>
        <translation>编码器标签“{tag}”符合经 Google 软件（YouTube、Photos 或 Google 的工具）处理过的文件。</translation>
    </message>
    <message>
        <source>Exported from Adobe Premiere</source>
        <translation>从 Adobe Premiere 导出</translation>
    </message>
    <message>
        <source>The encoder tag &apos;{tag}&apos; suggests the clip was exported from an editing program.</source>
        <translation>编码器标签“{tag}”表明该片段是从剪辑软件导出的。</translation>
    </message>
    <message>
        <source>Exported from CapCut</source>
        <translation>从剪映（CapCut）导出</translation>
    </message>
    <message>
        <source>The encoder tag &apos;{tag}&apos; suggests the clip was exported from an editing app.</source>
        <translation>编码器标签“{tag}”表明该片段是从剪辑应用导出的。</translation>
    </message>
    <message>
        <source>The file names its encoder as &apos;{tag}&apos;.</source>
        <translation>该文件写明的编码器是“{tag}”。</translation>
    </message>
    <message>
        <source>Encoder tag</source>
        <translation>编码器标签</translation>
    </message>
    <message>
        <source>Camera named</source>
        <translation>写明了相机</translation>
    </message>
    <message>
        <source>The file names a camera or phone (&apos;{camera}&apos;); this is consistent with a camera original, though such tags are easy to write.</source>
        <translation>该文件写明了相机或手机（“{camera}”）；这与相机原始文件相符，不过这类标签很容易写入。</translation>
    </message>
    <message>
        <source>No camera make or model</source>
        <translation>没有相机品牌或型号</translation>
    </message>
    <message>
        <source>The file names no camera make or model; phones and cameras usually write one, so this suggests the clip was re-encoded, exported or generated (uploads to platforms often strip it too).</source>
        <translation>该文件没有写明相机品牌或型号；手机和相机通常会写，所以这表明该片段经过重新编码、导出或是生成的（上传到平台时也常被去掉）。</translation>
    </message>
    <message>
        <source>No creation time</source>
        <translation>没有创建时间</translation>
    </message>
    <message>
        <source>The file carries no creation time; recording devices usually write one, so its absence often means the file was rewritten by software.</source>
        <translation>该文件没有创建时间；录制设备通常会写入，所以缺少它往往意味着文件被软件重写过。</translation>
    </message>
    <message>
        <source>Generator-typical size</source>
        <translation>生成器常见尺寸</translation>
    </message>
    <message>
        <source>{width} x {height} at {rate:g} fps with no audio is common among generated clips, and among many real ones too.</source>
        <translation>{width} x {height}、{rate:g} fps 且无音频，在生成的片段中很常见，在许多真实片段中也很常见。</translation>
    </message>
    <message>
        <source>Generator-typical length</source>
        <translation>生成器常见时长</translation>
    </message>
    <message>
        <source>A length of exactly {seconds:g} s at {rate:g} fps is common among generated clips, and among many real ones too.</source>
        <translation>正好 {seconds:g} 秒、{rate:g} fps 的时长在生成的片段中很常见，在许多真实片段中也很常见。</translation>
    </message>
    <message>
        <source>No audio track</source>
        <translation>没有音轨</translation>
    </message>
    <message>
        <source>The clip has no audio track; many generators write silent video, though edited and re-posted clips often drop their sound too.</source>
        <translation>该片段没有音轨；许多生成器输出无声视频，不过经过剪辑和转发的片段也常常丢掉声音。</translation>
    </message>
    <message>
        <source>yt-dlp info file</source>
        <translation>yt-dlp 信息文件</translation>
    </message>
    <message>
        <source>without a platform, uploader, date or link</source>
        <translation>没有平台、上传者、日期或链接</translation>
    </message>
    <message>
        <source>{sidecar} beside the file suggests it was downloaded with yt-dlp, {where}; an upload is seldom the original, so look for earlier copies.</source>
        <translation>文件旁边的 {sidecar} 表明它是用 yt-dlp 下载的，{where}；上传的版本很少是原始文件，请查找更早的副本。</translation>
    </message>
    <message>
        <source>Downloaded with yt-dlp</source>
        <translation>用 yt-dlp 下载</translation>
    </message>
    <message>
        <source>from {value}</source>
        <translation>来自 {value}</translation>
    </message>
    <message>
        <source>uploaded by {value}</source>
        <translation>上传者 {value}</translation>
    </message>
    <message>
        <source>on {value}</source>
        <translation>日期 {value}</translation>
    </message>
    <message>
        <source>at {value}</source>
        <translation>地址 {value}</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>值得一看</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Content Credentials, invisible generator watermarks and metadata were read from the file itself, offline. Metadata can be written, stripped or rewritten by anyone, and re-encoding erases watermarks and credentials: finding nothing is absence of evidence, never evidence that a clip is authentic.</source>
        <translation>内容凭证 (C2PA)、隐形生成器水印和元数据均从文件本身离线读取。元数据任何人都能写入、删除或改写，重新编码会抹掉水印和凭证：什么都没找到只是缺少证据，绝不是片段真实的证据。</translation>
    </message>
    <message>
        <source>Content Credentials: AI-generated</source>
        <translation>内容凭证：AI 生成</translation>
    </message>
    <message>
        <source>Content Credentials: made from AI-generated material</source>
        <translation>内容凭证：用 AI 生成的素材制作</translation>
    </message>
    <message>
        <source>Generator watermark found</source>
        <translation>发现生成器水印</translation>
    </message>
    <message>
        <source>No generator watermark found</source>
        <translation>未发现生成器水印</translation>
    </message>
    <message>
        <source>Watermarks not read</source>
        <translation>未读取水印</translation>
    </message>
    <message>
        <source>The clip&apos;s frames could not be decoded, so no watermark was read: {reason}</source>
        <translation>无法解码片段的帧，因此没有读取水印：{reason}</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭证 (C2PA)</translation>
    </message>
    <message>
        <source>Content Credentials that do not validate</source>
        <translation>未通过验证的内容凭证</translation>
    </message>
    <message>
        <source>Content Credentials stored online</source>
        <translation>在线存放的内容凭证</translation>
    </message>
    <message>
        <source>No Content Credentials</source>
        <translation>没有内容凭证</translation>
    </message>
    <message>
        <source>Content Credentials not read</source>
        <translation>未读取内容凭证</translation>
    </message>
    <message>
        <source>{summary} {caveat}</source>
        <translation>{summary}{caveat}</translation>
    </message>
    <message>
        <source>No visible generator mark or AI label read</source>
        <translation>未识别到可见生成标识或 AI 标识</translation>
    </message>
    <message>
        <source>Visible generator mark: {mark}</source>
        <translation>可见生成标识：{mark}</translation>
    </message>
    <message>
        <source>Visible AI label: {mark}</source>
        <translation>可见 AI 标识：{mark}</translation>
    </message>
    <message>
        <source>Read on the frames as “{read}” ({names}). {meaning}</source>
        <translation>在画面上识别为“{read}”（{names}）。{meaning}</translation>
    </message>
    <message>
        <source>{frames}, {where}</source>
        <translation>{frames}，{where}</translation>
    </message>
    <message>
        <source>Seen on {places}; and {more} more times.</source>
        <translation>见于{places}；另有 {more} 次。</translation>
    </message>
    <message>
        <source>Seen on {places}.</source>
        <translation>见于{places}。</translation>
    </message>
    <message>
        <source>{start}–{end} s</source>
        <translation>{start}–{end} 秒</translation>
    </message>
    <message>
        <source>frame {frame} ({at} s)</source>
        <translation>第 {frame} 帧（{at} 秒）</translation>
    </message>
    <message>
        <source>frames {first}–{last} ({start}–{end} s)</source>
        <translation>第 {first}–{last} 帧（{start}–{end} 秒）</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>上方正中</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>正中</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>下方正中</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <source>in the subtitles</source>
        <translation>字幕中</translation>
    </message>
    <message>
        <source>somewhere on the frame</source>
        <translation>画面某处</translation>
    </message>
    <message>
        <source>A visible mark is strong evidence that the clip came from the generator it names, or that its maker or platform labelled it as AI-generated; but a mark can also be pasted onto camera footage, so check it against the other findings.</source>
        <translation>可见标识是有力的证据，说明片段来自它所写的生成器，或其制作者或平台已将其标注为 AI 生成；但标识也可能被贴到相机拍摄的画面上，请与其他发现相互印证。</translation>
    </message>
    <message>
        <source>No visible generator mark or AI label was read. That means nothing: marks are often cropped, blurred or covered, and many generators add none.</source>
        <translation>未识别到可见生成标识或 AI 标识。这说明不了什么：标识常被裁掉、模糊或遮挡，许多生成器也根本不加。</translation>
    </message>
    <message>
        <source>No Content Credentials were found in this file. That is absence of evidence, not evidence of authenticity: most cameras, apps and platforms write none, and re-encoding or uploading strips them.</source>
        <translation>该文件中没有找到内容凭证 (C2PA)。这只是缺少证据，不是真实性的证据：大多数相机、应用和平台都不写入内容凭证，重新编码或上传也会把它去掉。</translation>
    </message>
    <message>
        <source>This file points to Content Credentials stored online at {url}; ReelCheck does not fetch them, so they were not checked.</source>
        <translation>该文件指向在线存放于 {url} 的内容凭证；ReelCheck 不会获取它们，因此未作检查。</translation>
    </message>
    <message>
        <source>Content Credentials cannot be read from {kind} files, so none were looked for in {name}; that says nothing either way about where the file came from.</source>
        <translation>无法从 {kind} 文件中读取内容凭证，因此没有在 {name} 中查找；这对文件的来源说明不了任何问题。</translation>
    </message>
    <message>
        <source>files of this kind</source>
        <translation>这类</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} could not be parsed (it may be truncated or damaged), so its Content Credentials, if any, could not be read.</source>
        <translation>无法解析 {name}（可能被截断或已损坏），因此即使有内容凭证也无法读取。</translation>
    </message>
    <message>
        <source>{name} carries Content Credentials that are damaged and could not be read; the file may have been corrupted or tampered with.</source>
        <translation>{name} 带有已损坏、无法读取的内容凭证；该文件可能已损坏或被篡改。</translation>
    </message>
    <message>
        <source>the manifest is incomplete</source>
        <translation>清单不完整</translation>
    </message>
    <message>
        <source>Content Credentials signed by {who}{listed} are present but do not validate: {what}.</source>
        <translation>存在由 {who} 签名的内容凭证{listed}，但未通过验证：{what}。</translation>
    </message>
    <message>
        <source>Content Credentials{listed} are present but do not validate: {what}.</source>
        <translation>存在内容凭证{listed}，但未通过验证：{what}。</translation>
    </message>
    <message>
        <source>Valid Content Credentials, signed by {who} ({trust}).</source>
        <translation>有效的内容凭证，由 {who} 签名（{trust}）。</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>未具名的签名者</translation>
    </message>
    <message>
        <source>{summary} They declare the content was made by a generative AI model.</source>
        <translation>{summary}凭证声明该内容由生成式 AI 模型制作。</translation>
    </message>
    <message>
        <source>{summary} An ingredient&apos;s Content Credentials declare it was made by a generative AI model.</source>
        <translation>{summary}其中一项素材的内容凭证声明该素材由生成式 AI 模型制作。</translation>
    </message>
    <message>
        <source> (a signer on your trust list)</source>
        <translation>（签名者在你的信任列表中）</translation>
    </message>
    <message>
        <source> (not on your trust list)</source>
        <translation>（签名者不在你的信任列表中）</translation>
    </message>
    <message>
        <source>a signer on your trust list</source>
        <translation>签名者在你的信任列表中</translation>
    </message>
    <message>
        <source>a signer who is not on your trust list</source>
        <translation>签名者不在你的信任列表中</translation>
    </message>
    <message>
        <source>a signer not checked against a trust list</source>
        <translation>签名者未与信任列表核对</translation>
    </message>
    <message>
        <source>made by a generative AI model</source>
        <translation>由生成式 AI 模型生成</translation>
    </message>
    <message>
        <source>a composite that includes elements made by a generative AI model</source>
        <translation>包含生成式 AI 模型所生成元素的合成内容</translation>
    </message>
    <message>
        <source>made by a generative AI model (older C2PA term)</source>
        <translation>由生成式 AI 模型生成（C2PA 旧术语）</translation>
    </message>
    <message>
        <source>made by an algorithm without training data (not generative AI)</source>
        <translation>由不使用训练数据的算法生成（不是生成式 AI）</translation>
    </message>
    <message>
        <source>a composite that includes synthetic (computer-made) elements</source>
        <translation>包含合成（计算机制作）元素的合成内容</translation>
    </message>
    <message>
        <source>a capture enhanced by an algorithm (such as AI upscaling or denoising)</source>
        <translation>经算法增强的拍摄内容（如 AI 放大或降噪）</translation>
    </message>
    <message>
        <source>captured from real life by a digital camera or recorder</source>
        <translation>由数码相机或录像设备从现实中拍摄</translation>
    </message>
    <message>
        <source>captured from real life with computational photography (as most phones do)</source>
        <translation>用计算摄影从现实中拍摄（大多数手机都是如此）</translation>
    </message>
    <message>
        <source>digitised from a photographic negative</source>
        <translation>由照相底片数字化而来</translation>
    </message>
    <message>
        <source>digitised from a photographic positive (slide)</source>
        <translation>由照相正片（幻灯片）数字化而来</translation>
    </message>
    <message>
        <source>digitised from a print</source>
        <translation>由印刷品数字化而来</translation>
    </message>
    <message>
        <source>a capture with minor human edits</source>
        <translation>经人工少量编辑的拍摄内容</translation>
    </message>
    <message>
        <source>edited by a person</source>
        <translation>经人工编辑</translation>
    </message>
    <message>
        <source>a composite of several captures</source>
        <translation>由多次拍摄合成</translation>
    </message>
    <message>
        <source>a composite of several elements</source>
        <translation>由多个元素合成</translation>
    </message>
    <message>
        <source>made by a person with digital tools</source>
        <translation>由人使用数字工具制作</translation>
    </message>
    <message>
        <source>made by a program from data (such as a chart or map)</source>
        <translation>由程序根据数据生成（如图表或地图）</translation>
    </message>
    <message>
        <source>a recording of a virtual scene (such as a video game)</source>
        <translation>虚拟场景的录制（如电子游戏）</translation>
    </message>
    <message>
        <source>a screen capture</source>
        <translation>屏幕录制</translation>
    </message>
    <message>
        <source>no source type stated</source>
        <translation>未说明来源类型</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>opened an existing file</source>
        <translation>打开了现有文件</translation>
    </message>
    <message>
        <source>placed another file into it</source>
        <translation>置入了另一个文件</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>edited its metadata</source>
        <translation>编辑了元数据</translation>
    </message>
    <message>
        <source>adjusted its colours</source>
        <translation>调整了颜色</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>调整了尺寸</translation>
    </message>
    <message>
        <source>rotated or flipped</source>
        <translation>旋转或翻转</translation>
    </message>
    <message>
        <source>applied a filter</source>
        <translation>应用了滤镜</translation>
    </message>
    <message>
        <source>drew on it</source>
        <translation>在上面绘制</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>转换为其他格式</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>重新编码</translation>
    </message>
    <message>
        <source>re-packaged without re-encoding</source>
        <translation>未重新编码而重新封装</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>制作</translation>
    </message>
    <message>
        <source>removed something</source>
        <translation>移除了某些内容</translation>
    </message>
    <message>
        <source>redacted part of its Content Credentials</source>
        <translation>删改了部分内容凭证</translation>
    </message>
    <message>
        <source>added a watermark</source>
        <translation>添加了水印</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>managed by an asset management system</source>
        <translation>由资产管理系统管理</translation>
    </message>
    <message>
        <source>deleted part of it</source>
        <translation>删除了其中一部分</translation>
    </message>
    <message>
        <source>changed in an unstated way</source>
        <translation>以未说明的方式更改</translation>
    </message>
    <message>
        <source>the file this one was made from</source>
        <translation>本文件据以制作的文件</translation>
    </message>
    <message>
        <source>a part placed into this file</source>
        <translation>置入本文件的一部分</translation>
    </message>
    <message>
        <source>an input used to make this file (such as a prompt image)</source>
        <translation>制作本文件所用的输入（如提示图片）</translation>
    </message>
    <message>
        <source>the file&apos;s content changed after it was signed</source>
        <translation>文件内容在签名后被更改</translation>
    </message>
    <message>
        <source>the video&apos;s content changed after it was signed</source>
        <translation>视频内容在签名后被更改</translation>
    </message>
    <message>
        <source>files in the signed collection changed after signing</source>
        <translation>已签名集合中的文件在签名后被更改</translation>
    </message>
    <message>
        <source>a statement in the manifest was changed after it was signed</source>
        <translation>清单中的一项声明在签名后被更改</translation>
    </message>
    <message>
        <source>a statement the signature covers is missing</source>
        <translation>签名所覆盖的一项声明缺失</translation>
    </message>
    <message>
        <source>a statement in the manifest could not be read</source>
        <translation>清单中的一项声明无法读取</translation>
    </message>
    <message>
        <source>the manifest holds a statement the signature does not cover</source>
        <translation>清单中有一项声明不在签名覆盖范围内</translation>
    </message>
    <message>
        <source>the manifest binds itself to the file more than once</source>
        <translation>清单与文件绑定了不止一次</translation>
    </message>
    <message>
        <source>an action names an ingredient that does not match</source>
        <translation>某个操作指明的成分不匹配</translation>
    </message>
    <message>
        <source>the manifest has no claim</source>
        <translation>清单中没有声明主体（claim）</translation>
    </message>
    <message>
        <source>the manifest has more than one claim</source>
        <translation>清单中有不止一个声明主体（claim）</translation>
    </message>
    <message>
        <source>the manifest is not bound to the file&apos;s content</source>
        <translation>清单没有与文件内容绑定</translation>
    </message>
    <message>
        <source>the claim is malformed</source>
        <translation>声明主体（claim）格式错误</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>签名缺失</translation>
    </message>
    <message>
        <source>the signature does not match the manifest, which was altered after signing</source>
        <translation>签名与清单不符，清单在签名后被改动</translation>
    </message>
    <message>
        <source>the signature was made outside the certificate&apos;s validity period</source>
        <translation>签名是在证书有效期之外做出的</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not on your trust list</source>
        <translation>签名者的证书不在你的信任列表中</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not valid for signing Content Credentials</source>
        <translation>签名者的证书不能用于签署内容凭证</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>签名者的证书已被吊销</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation>签名者的证书已过期</translation>
    </message>
    <message>
        <source>the timestamp does not match the signature</source>
        <translation>时间戳与签名不符</translation>
    </message>
    <message>
        <source>the timestamp authority is not on a trust list</source>
        <translation>时间戳机构不在信任列表中</translation>
    </message>
    <message>
        <source>the timestamp lies outside the certificate&apos;s validity period</source>
        <translation>时间戳在证书有效期之外</translation>
    </message>
    <message>
        <source>a manifest the file refers to is missing</source>
        <translation>文件引用的清单缺失</translation>
    </message>
    <message>
        <source>a manifest could not be read</source>
        <translation>某个清单无法读取</translation>
    </message>
    <message>
        <source>the manifest names more than one parent file</source>
        <translation>清单指明了不止一个父文件</translation>
    </message>
    <message>
        <source>an ingredient&apos;s Content Credentials are missing</source>
        <translation>某个成分的内容凭证缺失</translation>
    </message>
    <message>
        <source>an ingredient&apos;s Content Credentials changed after this file was signed</source>
        <translation>某个成分的内容凭证在本文件签名后被更改</translation>
    </message>
    <message>
        <source>an ingredient&apos;s signature does not match its manifest</source>
        <translation>某个成分的签名与其清单不符</translation>
    </message>
    <message>
        <source>it was signed or hashed with an algorithm c2pa does not accept</source>
        <translation>签名或哈希所用的算法不被 c2pa 接受</translation>
    </message>
    <message>
        <source>an error occurred while validating</source>
        <translation>验证时出错</translation>
    </message>
    <message>
        <source>a statement in the manifest failed validation</source>
        <translation>清单中的一项声明未通过验证</translation>
    </message>
    <message>
        <source>the claim failed validation</source>
        <translation>声明主体（claim）未通过验证</translation>
    </message>
    <message>
        <source>the signature failed validation</source>
        <translation>签名未通过验证</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate failed validation</source>
        <translation>签名者的证书未通过验证</translation>
    </message>
    <message>
        <source>the timestamp failed validation</source>
        <translation>时间戳未通过验证</translation>
    </message>
    <message>
        <source>the manifest failed validation</source>
        <translation>清单未通过验证</translation>
    </message>
    <message>
        <source>an ingredient&apos;s Content Credentials failed validation</source>
        <translation>某个成分的内容凭证未通过验证</translation>
    </message>
    <message>
        <source>source type {uri}</source>
        <translation>来源类型 {uri}</translation>
    </message>
    <message>
        <source>{said} ({code})</source>
        <translation>{said}（{code}）</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>Heavy re-encoding (low bitrate, as on most platforms), resizing, cropping or screen recording erases this watermark, so finding none is not evidence of anything: not that the clip is camera footage, nor that no generator made it.</source>
        <translation>大幅重新编码（低码率，大多数平台都是如此）、缩放、裁剪或录屏都会抹掉这种水印，所以没有找到水印不能证明任何事：既不能说明片段是相机拍摄的，也不能说明它不是生成器制作的。</translation>
    </message>
    <message>
        <source>The watermarking code is public: anyone can add this mark to any picture.</source>
        <translation>水印代码是公开的：任何人都能把这种水印加到任何画面上。</translation>
    </message>
    <message>
        <source>The picture is too small to carry the {total}-bit {mark} message, so it was not read.</source>
        <translation>画面太小，容纳不下 {total} 位的 {mark} 信息，因此未读取。</translation>
    </message>
    <message>
        <source>{matched} of {total} bits match the {mark} watermark (in a picture whose red and blue were swapped before marking, as older scripts did): the clip very likely carries the {mark} watermark, which {used_by} embed. {forgeable}</source>
        <translation>{total} 位中有 {matched} 位与 {mark} 水印一致（在加水印前红蓝通道被互换的画面中，旧脚本会这样做）：该片段很可能带有 {mark} 水印，{used_by} 会嵌入这种水印。{forgeable}</translation>
    </message>
    <message>
        <source>{matched} of {total} bits match the {mark} watermark: the clip very likely carries the {mark} watermark, which {used_by} embed. {forgeable}</source>
        <translation>{total} 位中有 {matched} 位与 {mark} 水印一致：该片段很可能带有 {mark} 水印，{used_by} 会嵌入这种水印。{forgeable}</translation>
    </message>
    <message>
        <source>{matched} of {total} bits match the {mark} watermark: about what chance alone gives, so no sign of it (too many to rule it out on Stability&apos;s scale, which calls {unmarked} of 48 or fewer unmarked).</source>
        <translation>{total} 位中有 {matched} 位与 {mark} 水印一致：大致相当于随机巧合的水平，所以没有它的迹象（但按 Stability 的标准还不足以排除，该标准认为 48 位中不超过 {unmarked} 位一致才算无水印）。</translation>
    </message>
    <message>
        <source>{matched} of {total} bits match the {mark} watermark: inconclusive; chance alone matches about half, a damaged mark matches more.</source>
        <translation>{total} 位中有 {matched} 位与 {mark} 水印一致：无法确定；随机巧合约有一半一致，受损的水印会更多。</translation>
    </message>
    <message>
        <source>{matched} of {total} bits match the {mark} watermark: no watermark found.</source>
        <translation>{total} 位中有 {matched} 位与 {mark} 水印一致：未发现水印。</translation>
    </message>
    <message>
        <source>No frame of the clip could be decoded, so no watermark was looked for.</source>
        <translation>片段中没有可解码的帧，因此没有查找水印。</translation>
    </message>
    <message>
        <source>Watermark found: the picture very likely carries the {names} watermark. {forgeable}</source>
        <translation>发现水印：画面很可能带有 {names} 水印。{forgeable}</translation>
    </message>
    <message>
        <source>Watermark found: {frames} frames very likely carry the {names} watermark. {forgeable}</source>
        <translation>发现水印：{frames} 帧很可能带有 {names} 水印。{forgeable}</translation>
    </message>
    <message>
        <source>Watermark inconclusive: more bits of a known watermark match in the picture than chance gives, too few to say it is there (a damaged mark reads like this).</source>
        <translation>水印无法确定：画面中与某种已知水印一致的位数多于随机巧合，但不足以断定水印存在（受损的水印读出来就是这样）。</translation>
    </message>
    <message>
        <source>Watermark inconclusive: more bits of a known watermark match in {frames} frames than chance gives, too few to say it is there (a damaged mark reads like this).</source>
        <translation>水印无法确定：{frames} 帧中与某种已知水印一致的位数多于随机巧合，但不足以断定水印存在（受损的水印读出来就是这样）。</translation>
    </message>
    <message>
        <source>No known generator watermark found in the picture. {erased}</source>
        <translation>画面中未发现已知的生成器水印。{erased}</translation>
    </message>
    <message>
        <source>No known generator watermark found in {frames} frames. {erased}</source>
        <translation>{frames} 帧中未发现已知的生成器水印。{erased}</translation>
    </message>
</context>
<context>
    <name>Sound facts</name>
    <message>
        <source>the highest frequency whose average level is within {db:.0f} dB of the loudest</source>
        <translation>平均电平与最响处相差不超过 {db:.0f} dB 的最高频率</translation>
    </message>
    <message>
        <source>Nothing above {bandwidth} although the file could hold up to {nyquist}. Many text-to-speech voices are made at 16-24 kHz and upsampled, which leaves exactly this; but low-bitrate AAC or MP3, phone recordings and old footage cut the high frequencies too. A hint, not a verdict.</source>
        <translation>{bandwidth} 以上没有任何内容，尽管该文件最高可容纳 {nyquist}。许多文本转语音的配音以 16-24 kHz 生成后再上采样，恰好会留下这种情况；但低码率的 AAC 或 MP3、电话录音和旧素材同样会切掉高频。这只是线索，不是核查结论。</translation>
    </message>
    <message>
        <source>The sound is stored at {rate}, so nothing above {nyquist} can be in it: common for speech, phone recordings and text-to-speech alike. A hint, not a verdict.</source>
        <translation>声音以 {rate} 存储，所以不可能含有 {nyquist} 以上的内容：这在讲话录音、电话录音和文本转语音中都很常见。这只是线索，不是核查结论。</translation>
    </message>
    <message>
        <source>none: the sound is silent</source>
        <translation>无：声音是静音</translation>
    </message>
    <message>
        <source>{bandwidth} ({threshold})</source>
        <translation>{bandwidth}（{threshold}）</translation>
    </message>
    <message>
        <source>{kbits:.0f} kbit/s</source>
        <translation>{kbits:.0f} kbit/s</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Sound codec</source>
        <translation>音频编码</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>声道数</translation>
    </message>
    <message>
        <source>Sound bitrate</source>
        <translation>音频码率</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
</context>
<context>
    <name>Sound offset</name>
    <message>
        <source>Sound and picture are in sync (offset {offset:+.0f} ms, within a frame), from {support} of {events} sharp events in the picture.</source>
        <translation>声音与画面同步（偏移 {offset:+.0f} ms，在一帧之内），依据画面中 {events} 个明显事件中的 {support} 个。</translation>
    </message>
    <message>
        <source>The sound comes {ms:.0f} ms after the picture (sound late), from {support} of {events} sharp events in the picture.</source>
        <translation>声音比画面晚 {ms:.0f} ms（声音滞后），依据画面中 {events} 个明显事件中的 {support} 个。</translation>
    </message>
    <message>
        <source>The sound comes {ms:.0f} ms before the picture (sound early), from {support} of {events} sharp events in the picture.</source>
        <translation>声音比画面早 {ms:.0f} ms（声音超前），依据画面中 {events} 个明显事件中的 {support} 个。</translation>
    </message>
    <message>
        <source>No offset measured: the clip has no sharp events (flashes, cuts, claps, clicks) to line up.</source>
        <translation>未测出偏移：片段中没有可对齐的明显事件（闪光、切换、拍手、咔嗒声）。</translation>
    </message>
    <message>
        <source>No offset measured: the picture has no sudden changes (flashes, cuts) to line the sound up with.</source>
        <translation>未测出偏移：画面中没有可与声音对齐的突变（闪光、切换）。</translation>
    </message>
    <message>
        <source>No offset measured: the sound has no sharp onsets (claps, clicks, knocks) to line the picture up with.</source>
        <translation>未测出偏移：声音中没有可与画面对齐的明显起音（拍手、咔嗒声、敲击声）。</translation>
    </message>
    <message>
        <source>No offset measured: the {picture} sharp events in the picture and {sound} in the sound do not line up at any one offset.</source>
        <translation>未测出偏移：画面中的 {picture} 个明显事件与声音中的 {sound} 个无法在同一偏移下对齐。</translation>
    </message>
</context>
<context>
    <name>Timecode</name>
    <message>
        <source>Type a frame number (1234) or a timecode (00:01:02.500).</source>
        <translation>请输入帧号（1234）或时间码（00:01:02.500）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has {minutes} minutes; a timecode has at most 59.</source>
        <translation>“{text}”的分钟数为 {minutes}；时间码最多 59 分。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a frame number (1234) nor a timecode (00:01:02.500).</source>
        <translation>“{text}”既不是帧号（1234）也不是时间码（00:01:02.500）。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>adding the claim</source>
        <translation>添加说法</translation>
    </message>
    <message>
        <source>editing the claim</source>
        <translation>编辑说法</translation>
    </message>
    <message>
        <source>removing the claim</source>
        <translation>删除说法</translation>
    </message>
    <message>
        <source>adding the source</source>
        <translation>添加信源</translation>
    </message>
    <message>
        <source>editing the source</source>
        <translation>编辑信源</translation>
    </message>
    <message>
        <source>removing the source</source>
        <translation>删除信源</translation>
    </message>
    <message>
        <source>adding the evidence frame</source>
        <translation>添加证据帧</translation>
    </message>
    <message>
        <source>editing the evidence frame</source>
        <translation>编辑证据帧</translation>
    </message>
    <message>
        <source>removing the evidence frame</source>
        <translation>删除证据帧</translation>
    </message>
    <message>
        <source>adding the verdict</source>
        <translation>添加核查结论</translation>
    </message>
    <message>
        <source>editing the verdict</source>
        <translation>编辑核查结论</translation>
    </message>
    <message>
        <source>removing the verdict</source>
        <translation>删除核查结论</translation>
    </message>
    <message>
        <source>adding the clip</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <source>editing the clip</source>
        <translation>编辑片段</translation>
    </message>
    <message>
        <source>removing the clip</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <source>adding {count} claims</source>
        <translation>添加 {count} 条说法</translation>
    </message>
    <message>
        <source>editing {count} claims</source>
        <translation>编辑 {count} 条说法</translation>
    </message>
    <message>
        <source>removing {count} claims</source>
        <translation>删除 {count} 条说法</translation>
    </message>
    <message>
        <source>changing {count} claims</source>
        <translation>更改 {count} 条说法</translation>
    </message>
    <message>
        <source>adding {count} sources</source>
        <translation>添加 {count} 个信源</translation>
    </message>
    <message>
        <source>editing {count} sources</source>
        <translation>编辑 {count} 个信源</translation>
    </message>
    <message>
        <source>removing {count} sources</source>
        <translation>删除 {count} 个信源</translation>
    </message>
    <message>
        <source>changing {count} sources</source>
        <translation>更改 {count} 个信源</translation>
    </message>
    <message>
        <source>adding {count} evidence frames</source>
        <translation>添加 {count} 个证据帧</translation>
    </message>
    <message>
        <source>editing {count} evidence frames</source>
        <translation>编辑 {count} 个证据帧</translation>
    </message>
    <message>
        <source>removing {count} evidence frames</source>
        <translation>删除 {count} 个证据帧</translation>
    </message>
    <message>
        <source>changing {count} evidence frames</source>
        <translation>更改 {count} 个证据帧</translation>
    </message>
    <message>
        <source>adding {count} verdicts</source>
        <translation>添加 {count} 个核查结论</translation>
    </message>
    <message>
        <source>editing {count} verdicts</source>
        <translation>编辑 {count} 个核查结论</translation>
    </message>
    <message>
        <source>removing {count} verdicts</source>
        <translation>删除 {count} 个核查结论</translation>
    </message>
    <message>
        <source>changing {count} verdicts</source>
        <translation>更改 {count} 个核查结论</translation>
    </message>
    <message>
        <source>adding {count} clips</source>
        <translation>添加 {count} 个片段</translation>
    </message>
    <message>
        <source>editing {count} clips</source>
        <translation>编辑 {count} 个片段</translation>
    </message>
    <message>
        <source>removing {count} clips</source>
        <translation>删除 {count} 个片段</translation>
    </message>
    <message>
        <source>changing {count} clips</source>
        <translation>更改 {count} 个片段</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>撤销{step}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>重做{step}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>{file} ({count} lines)</source>
        <translation>{file}（{count} 行）</translation>
    </message>
    <message>
        <source>{track} inside the file ({count} lines)</source>
        <translation>文件内的 {track}（{count} 行）</translation>
    </message>
    <message>
        <source>Subtitles read from {sources}.</source>
        <translation>字幕读取自 {sources}。</translation>
    </message>
    <message>
        <source>No subtitles beside the clip or in it.</source>
        <translation>片段旁边和片段内都没有字幕。</translation>
    </message>
    <message>
        <source>The subtitles inside the file cannot be read: {reason}</source>
        <translation>无法读取文件内的字幕：{reason}</translation>
    </message>
    <message>
        <source>{reason} Only the marks ReelCheck ships are looked for.</source>
        <translation>{reason}只查找 ReelCheck 自带的标识。</translation>
    </message>
</context>
</TS>
