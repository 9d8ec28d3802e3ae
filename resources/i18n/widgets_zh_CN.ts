<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Clip list</name>
    <message>
        <source>Clips</source>
        <translation>片段列表</translation>
    </message>
</context>
<context>
    <name>Detectors panel</name>
    <message>
        <source>no band was measured for this detector: nothing here says where camera footage lies</source>
        <translation>未测量此检测器的区间：无法据此判断实拍素材的分数落在哪里</translation>
    </message>
    <message>
        <source>how well it tells generated from camera clips has not been measured</source>
        <translation>尚未测量它区分生成片段与实拍片段的能力</translation>
    </message>
    <message>
        <source>model {hash}…</source>
        <translation>模型 {hash}…</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Misleads when:</source>
        <translation>以下情况会误导：</translation>
    </message>
    <message>
        <source>{detector}: colour scale from {low} to {high}</source>
        <translation>{detector}：色标，从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>Loading the detectors…</source>
        <translation>正在加载检测器…</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加层</translation>
    </message>
    <message>
        <source>Heatmaps drawn over the frame</source>
        <translation>热力图叠加在帧上</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source>The frame on the left, the same frame with its heatmaps on the right</source>
        <translation>左侧为原帧，右侧为叠加热力图的同一帧</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>逐个显示</translation>
    </message>
    <message>
        <source>One detector at a time: its heatmap in its colour map; D shows the next one</source>
        <translation>一次显示一个检测器：用它的色谱显示热力图；按 D 显示下一个</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>最强</translation>
    </message>
    <message>
        <source>Strongest per pixel: each cell in the lane colour of the detector most above where camera footage usually lies there; the stronger, the more opaque (M switches)</source>
        <translation>逐像素取最强：每个单元格用该处分数最超出实拍素材常见区间的检测器的分数轨颜色显示；越强越不透明（按 M 切换）</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>叠加层不透明度</translation>
    </message>
    <message>
        <source>{detector}: overlay opacity</source>
        <translation>{detector}：叠加层不透明度</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Camera footage</source>
        <translation>实拍素材</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <source>Its score lane&apos;s colour, and its colour when the strongest detector per pixel is shown</source>
        <translation>它的分数轨颜色，也是逐像素显示最强检测器时它的颜色</translation>
    </message>
    <message>
        <source>{detector}: lane colour</source>
        <translation>{detector}：分数轨颜色</translation>
    </message>
</context>
<context>
    <name>Facts panel</name>
    <message>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Media facts</source>
        <translation>媒体信息</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
</context>
<context>
    <name>Frame view</name>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>The frame under review: the wheel zooms, dragging pans, a double-click switches between fitting the window and actual size.</source>
        <translation>正在核查的帧：滚轮缩放，拖动平移，双击在适应窗口与实际大小之间切换。</translation>
    </message>
    <message>
        <source>Open a clip: File &gt; Open (Ctrl+O), or drop a video file here.</source>
        <translation>打开片段：文件 &gt; 打开片段（Ctrl+O），或将视频文件拖放到这里。</translation>
    </message>
</context>
<context>
    <name>Go to dialog</name>
    <message>
        <source>Go to</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>1234 or 00:01:02.500</source>
        <translation>1234 或 00:01:02.500</translation>
    </message>
    <message>
        <source>Frame number or timecode</source>
        <translation>帧号或时间码</translation>
    </message>
    <message>
        <source>Frame number (from 0) or timecode HH:MM:SS.mmm</source>
        <translation>帧号（从 0 开始）或时间码 时:分:秒.毫秒</translation>
    </message>
</context>
<context>
    <name>Provenance panel</name>
    <message>
        <source>Signed, and the signature matches the file</source>
        <translation>已签名，且签名与文件相符</translation>
    </message>
    <message>
        <source>Signed, but the file or its credentials changed after signing, or the signature is bad</source>
        <translation>已签名，但文件或其凭证在签名后被改动，或签名无效</translation>
    </message>
    <message>
        <source>Stored online; ReelCheck does not fetch it</source>
        <translation>存储在网上；ReelCheck 不会联网获取</translation>
    </message>
    <message>
        <source>No Content Credentials in the file</source>
        <translation>文件中没有内容凭证</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Not readable from files of this kind</source>
        <translation>无法从此类文件读取</translation>
    </message>
    <message>
        <source>On the trust list</source>
        <translation>在信任列表中</translation>
    </message>
    <message>
        <source>Not on the trust list</source>
        <translation>不在信任列表中</translation>
    </message>
    <message>
        <source>Not checked against a trust list</source>
        <translation>未对照信任列表检查</translation>
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
        <translation>提示</translation>
    </message>
    <message>
        <source>no watermark found</source>
        <translation>未发现水印</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>Show the Provenance panel</source>
        <translation>显示来源信息面板</translation>
    </message>
    <message>
        <source>Open a clip to read what its file declares about where it came from.</source>
        <translation>打开片段，读取其文件对自身来源的声明。</translation>
    </message>
    <message>
        <source>Reading provenance…</source>
        <translation>正在读取来源信息…</translation>
    </message>
    <message>
        <source>Reading the Content Credentials, watermarks and metadata of {clip}.</source>
        <translation>正在读取 {clip} 的内容凭证、水印和元数据。</translation>
    </message>
    <message>
        <source>Provenance not read</source>
        <translation>未读取来源信息</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭证</translation>
    </message>
    <message>
        <source>Visible marks and AI labels</source>
        <translation>可见生成标识与 AI 标识</translation>
    </message>
    <message>
        <source>Invisible watermarks</source>
        <translation>隐形水印</translation>
    </message>
    <message>
        <source>Metadata hints</source>
        <translation>元数据线索</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>未读取。</translation>
    </message>
    <message>
        <source>No trusted timestamp</source>
        <translation>无可信时间戳</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signer trust</source>
        <translation>签名者是否受信任</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Claim generator</source>
        <translation>声明生成工具</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>成分</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{problem} ({where})</source>
        <translation>{problem}（{where}）</translation>
    </message>
    <message>
        <source>{mark}: {matched} of {total} bits, {strength}</source>
        <translation>{mark}：{total} 位中 {matched} 位相符，{strength}</translation>
    </message>
    <message>
        <source>The text on the frames has not been read yet.</source>
        <translation>尚未读取帧上的文字。</translation>
    </message>
    <message>
        <source>No metadata hints.</source>
        <translation>没有元数据线索。</translation>
    </message>
    <message>
        <source>{action}: {source}</source>
        <translation>{action}：{source}</translation>
    </message>
    <message>
        <source>{action} (software: {software})</source>
        <translation>{action}（软件：{software}）</translation>
    </message>
    <message>
        <source>{action}, {when}</source>
        <translation>{action}，{when}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>{title} ({format})</source>
        <translation>{title}（{format}）</translation>
    </message>
    <message>
        <source>Declares a generative AI model made it</source>
        <translation>声明由生成式 AI 模型制作</translation>
    </message>
    <message>
        <source>Has its own Content Credentials</source>
        <translation>带有自己的内容凭证</translation>
    </message>
    <message>
        <source>No Content Credentials</source>
        <translation>没有内容凭证</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
</context>
<context>
    <name>Sound lane</name>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>No sound at this frame.</source>
        <translation>此帧没有声音。</translation>
    </message>
    <message>
        <source>Sound at {seconds} s: silence</source>
        <translation>{seconds} 秒处的声音：静音</translation>
    </message>
    <message>
        <source>Sound at {seconds} s: {level} dBFS at its loudest</source>
        <translation>{seconds} 秒处的声音：最响 {level} dBFS</translation>
    </message>
    <message>
        <source>The Spectrogram panel shows its frequencies.</source>
        <translation>频谱图面板显示它的频率。</translation>
    </message>
</context>
<context>
    <name>Spectrogram</name>
    <message>
        <source>Spectrogram</source>
        <translation>频谱图</translation>
    </message>
    <message>
        <source>The sound&apos;s frequencies over time: the wheel or +/- zooms, 0 shows it all, dragging pans, a click goes there</source>
        <translation>声音的频率随时间的变化：滚轮或 +/- 缩放，0 显示全部，拖动平移，单击跳到该处</translation>
    </message>
    <message>
        <source>No sound measured yet.</source>
        <translation>尚未测量声音。</translation>
    </message>
    <message>
        <source>The sound is too short for a spectrogram.</source>
        <translation>声音太短，无法生成频谱图。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>no score before this frame</source>
        <translation>此帧之前没有分数</translation>
    </message>
    <message>
        <source>frame {frame}: {score}</source>
        <translation>第 {frame} 帧：{score}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>The clip&apos;s frames from start to end, with the playhead, the in and out marks, the claims, the sound, the words and the score lanes: click or drag to go to a frame.</source>
        <translation>片段从头到尾的各帧，含播放头、入点和出点、说法、声音、文字和分数轨：单击或拖动可跳到某一帧。</translation>
    </message>
    <message>
        <source>Double-click: go to the line · right-click: claim from it</source>
        <translation>双击：跳到该行 · 右键：据此创建说法</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无文字）</translation>
    </message>
    <message>
        <source>Double-click: go to the claim</source>
        <translation>双击：跳到该说法</translation>
    </message>
    <message>
        <source>{time}  ·  keyframe #{keyframe}</source>
        <translation>{time}  ·  关键帧 #{keyframe}</translation>
    </message>
</context>
<context>
    <name>Words panel</name>
    <message>
        <source>Search the words of this clip…</source>
        <translation>搜索此片段中的文字…</translation>
    </message>
    <message>
        <source>Search the words</source>
        <translation>搜索文字</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Lines said and shown</source>
        <translation>所说与画面上的文字</translation>
    </message>
    <message>
        <source>Read the text on the clip&apos;s frames (burned-in captions, marks, labels)</source>
        <translation>读取片段帧上的文字（烧录字幕、标识、标签）</translation>
    </message>
    <message>
        <source>Claim from this line</source>
        <translation>据此行创建说法</translation>
    </message>
    <message>
        <source>A claim over the line&apos;s time range, quoting its words (Review menu)</source>
        <translation>在此行的时间范围上创建说法，引用其文字（“核查”菜单）</translation>
    </message>
    <message>
        <source>Boxes on frame</source>
        <translation>在帧上框出文字</translation>
    </message>
    <message>
        <source>Draw where each line of on-screen text was read, on the frames it was seen</source>
        <translation>在看到画面文字的帧上，框出每行文字的读取位置</translation>
    </message>
    <message>
        <source>Open a clip: its subtitles and the text on its frames are listed here.</source>
        <translation>打开片段：它的字幕和帧上的文字会列在这里。</translation>
    </message>
    <message>
        <source>{timing} · {where} ({track})</source>
        <translation>{timing} · {where}（{track}）</translation>
    </message>
    <message>
        <source>Reading on-screen text…</source>
        <translation>正在读取画面文字…</translation>
    </message>
    <message>
        <source>Read on-screen text</source>
        <translation>读取画面文字</translation>
    </message>
</context>
</TS>
