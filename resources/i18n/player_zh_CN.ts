<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Compare clips</name>
    <message>
        <source>Compare two clips</source>
        <translation>对比两个片段</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Position in both clips</source>
        <translation>两个片段中的位置</translation>
    </message>
    <message>
        <source>Moves both clips to the same moment</source>
        <translation>将两个片段移到同一时刻</translation>
    </message>
    <message>
        <source>Opening the clip…</source>
        <translation>正在打开片段…</translation>
    </message>
    <message>
        <source>Frame of {clip}</source>
        <translation>{clip} 的帧</translation>
    </message>
    <message>
        <source>←/→ move both clips a tenth of a second, Page Up/Down a second; Esc closes.</source>
        <translation>←/→ 将两个片段移动十分之一秒，PgUp/PgDown 移动一秒；Esc 关闭。</translation>
    </message>
    <message>
        <source>Opening the clips to compare</source>
        <translation>打开要对比的片段</translation>
    </message>
    <message>
        <source>Decoding the frames to compare</source>
        <translation>解码要对比的帧</translation>
    </message>
    <message>
        <source>Frame {number}  ·  {time}</source>
        <translation>第 {number} 帧  ·  {time}</translation>
    </message>
    <message>
        <source>Closing the compared clips</source>
        <translation>关闭已对比的片段</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Making the demo clips</source>
        <translation>生成演示片段</translation>
    </message>
    <message>
        <source>Making demo clips</source>
        <translation>正在生成演示片段</translation>
    </message>
    <message>
        <source>The demo case is being built ({share} of its clips made): the claims, sources and evidence appear when it is done.</source>
        <translation>正在建立演示案卷（已生成 {share} 的片段）：完成后将显示说法、信源和证据。</translation>
    </message>
    <message>
        <source>The demo case is being written: its claims appear in a moment.</source>
        <translation>正在写入演示案卷：说法稍后显示。</translation>
    </message>
</context>
<context>
    <name>Detector overlays</name>
    <message>
        <source>No detector is on: turn one on in the Detectors panel.</source>
        <translation>没有开启任何检测器：请在“检测器”面板中开启一个。</translation>
    </message>
    <message>
        <source>Overlay: {detector} ({number} of {count}; D: next)</source>
        <translation>叠加层：{detector}（第 {number} 个，共 {count} 个；D：下一个）</translation>
    </message>
    <message>
        <source>{detector} draws nothing on this frame: {reason}.</source>
        <translation>{detector} 在此帧上未绘制任何内容：{reason}。</translation>
    </message>
    <message>
        <source>{detector}: {low} to {high}</source>
        <translation>{detector}：{low} 至 {high}</translation>
    </message>
    <message>
        <source>One at a time ({number} of {count}, D: next · M: strongest per pixel)</source>
        <translation>逐个显示（第 {number} 个，共 {count} 个，D：下一个 · M：每个像素最强者）</translation>
    </message>
    <message>
        <source>One at a time (M: strongest per pixel)</source>
        <translation>逐个显示（M：每个像素最强者）</translation>
    </message>
    <message>
        <source>Strongest above camera footage&apos;s band (opaque: far above; M: one at a time)</source>
        <translation>高出相机拍摄素材区间最多者（不透明：远高于区间；M：逐个显示）</translation>
    </message>
    <message>
        <source>{detector} · no camera band measured</source>
        <translation>{detector} · 未测定相机素材区间</translation>
    </message>
    <message>
        <source>{detector} · nowhere above its band</source>
        <translation>{detector} · 没有任何位置高于其区间</translation>
    </message>
    <message>
        <source>Loading the detectors</source>
        <translation>加载检测器</translation>
    </message>
    <message>
        <source>The detectors could not be loaded: {reason}</source>
        <translation>无法加载检测器：{reason}</translation>
    </message>
    <message>
        <source>No detectors found.</source>
        <translation>未找到检测器。</translation>
    </message>
    <message>
        <source>Cannot use {detector}: {reason}.</source>
        <translation>无法使用 {detector}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot use {detector}: it could not be opened ({error}).</source>
        <translation>无法使用 {detector}：无法打开它（{error}）。</translation>
    </message>
    <message>
        <source>it stopped with an error ({error})</source>
        <translation>它因错误而停止（{error}）</translation>
    </message>
</context>
<context>
    <name>Detector provider</name>
    <message>
        <source>&amp;Automatic (the GPU when it works, else the CPU)</source>
        <translation>自动(&amp;A)（GPU 可用时用 GPU，否则用 CPU）</translation>
    </message>
    <message>
        <source>the GPU when it works, else the CPU</source>
        <translation>自动（GPU 可用时用 GPU，否则用 CPU）</translation>
    </message>
    <message>
        <source>&amp;GPU (CUDA)</source>
        <translation>GPU (CUDA)(&amp;G)</translation>
    </message>
    <message>
        <source>the GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>CPU(&amp;C)</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Run detectors &amp;on</source>
        <translation>检测器运行设备(&amp;O)</translation>
    </message>
    <message>
        <source>Detectors will run on {where}, from the next start.</source>
        <translation>检测器的运行设备将改为：{where}，下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>Forensic filters</name>
    <message>
        <source>Error level analysis</source>
        <translation>误差水平分析</translation>
    </message>
    <message>
        <source>Regions saved or pasted at another quality stand out.</source>
        <translation>以不同质量保存或粘贴的区域会凸显出来。</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>噪声残差</translation>
    </message>
    <message>
        <source>Patches without the sensor noise of the rest look dark.</source>
        <translation>缺少其余部分传感器噪声的区块显得较暗。</translation>
    </message>
    <message>
        <source>High-pass</source>
        <translation>高通</translation>
    </message>
    <message>
        <source>Edges and texture; smeared or repeated textures show.</source>
        <translation>边缘和纹理；涂抹或重复的纹理会显现。</translation>
    </message>
    <message>
        <source>Luma</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Brightness only, without colour.</source>
        <translation>仅亮度，不含颜色。</translation>
    </message>
    <message>
        <source>Red channel</source>
        <translation>红色通道</translation>
    </message>
    <message>
        <source>The red channel alone.</source>
        <translation>仅红色通道。</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>The green channel alone.</source>
        <translation>仅绿色通道。</translation>
    </message>
    <message>
        <source>Blue channel</source>
        <translation>蓝色通道</translation>
    </message>
    <message>
        <source>The blue channel alone.</source>
        <translation>仅蓝色通道。</translation>
    </message>
    <message>
        <source>&amp;None (the frame as decoded)</source>
        <translation>无(&amp;N)（按解码原样显示帧）</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>不使用滤镜</translation>
    </message>
    <message>
        <source>{shows} (Alt+{number})</source>
        <translation>{shows}（Alt+{number}）</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>滤镜：{name}</translation>
    </message>
</context>
<context>
    <name>Frame export</name>
    <message>
        <source>The picture on screen is a preview: wait for the exact frame.</source>
        <translation>屏幕上的画面是预览：请等待精确帧。</translation>
    </message>
    <message>
        <source>Frame {number} copied</source>
        <translation>已复制第 {number} 帧</translation>
    </message>
    <message>
        <source>Save frame</source>
        <translation>保存帧</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the frame</source>
        <translation>无法保存帧</translation>
    </message>
    <message>
        <source>{file} could not be written.</source>
        <translation>无法写入 {file}。</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>{task} failed unexpectedly; the details are in the log file.</source>
        <translation>{task} 意外失败；详情见日志文件。</translation>
    </message>
    <message>
        <source>ReelCheck is not allowed to use {file}.</source>
        <translation>ReelCheck 无权使用 {file}。</translation>
    </message>
    <message>
        <source>ReelCheck is not allowed to use this file.</source>
        <translation>ReelCheck 无权使用此文件。</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>无法读取或写入文件：{reason}。</translation>
    </message>
</context>
<context>
    <name>Keyboard shortcuts</name>
    <message>
        <source>In lists and while drawing</source>
        <translation>在列表中和绘制时</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Main window</name>
    <message>
        <source>Video files ({patterns})</source>
        <translation>视频文件 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading the media engine…</source>
        <translation>正在加载媒体引擎…</translation>
    </message>
    <message>
        <source>Opening {clip}…</source>
        <translation>正在打开 {clip}…</translation>
    </message>
    <message>
        <source>Open clip</source>
        <translation>打开片段</translation>
    </message>
    <message>
        <source>{frames} frames, {width}x{height}, {codec}</source>
        <translation>{frames} 帧，{width}x{height}，{codec}</translation>
    </message>
    <message>
        <source>Could not open {clip}</source>
        <translation>无法打开 {clip}</translation>
    </message>
    <message>
        <source>Could not open the clip</source>
        <translation>无法打开片段</translation>
    </message>
    <message>
        <source>Playing at {speed}x</source>
        <translation>以 {speed} 倍速播放</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Detector heatmaps appear here: turn a detector on in the Detectors panel.</source>
        <translation>检测器热力图显示在这里：请在“检测器”面板中开启一个检测器。</translation>
    </message>
    <message>
        <source>Frame with detector heatmaps</source>
        <translation>带检测器热力图的帧</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Media facts</source>
        <translation>媒体信息</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源信息</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>The calibration can be chosen once the case has opened.</source>
        <translation>案卷打开后才能选择校准。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>正在打开案卷…</translation>
    </message>
    <message>
        <source>The queue appears once the case is open.</source>
        <translation>案卷打开后才会显示队列。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信源</translation>
    </message>
    <message>
        <source>Sources of the clip and its claims will appear here.</source>
        <translation>片段及其说法的信源将显示在这里。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>The verdict on this clip will be recorded here.</source>
        <translation>对此片段的核查结论将记录在这里。</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>核查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open clip…</source>
        <translation>打开片段(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>打开视频文件</translation>
    </message>
    <message>
        <source>Open &amp;demo clips</source>
        <translation>打开演示片段(&amp;D)</translation>
    </message>
    <message>
        <source>Generate and open the demo clips</source>
        <translation>生成并打开演示片段</translation>
    </message>
    <message>
        <source>&amp;Save frame as PNG…</source>
        <translation>将帧保存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the exact frame on screen, full resolution</source>
        <translation>以完整分辨率保存屏幕上的精确帧</translation>
    </message>
    <message>
        <source>Cop&amp;y frame</source>
        <translation>复制帧(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the exact frame on screen</source>
        <translation>复制屏幕上的精确帧</translation>
    </message>
    <message>
        <source>&amp;Close clip</source>
        <translation>关闭片段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change to the case (Ctrl+Z); on the Queue page, the queue&apos;s last edit</source>
        <translation>撤销对案卷的上一次更改（Ctrl+Z）；在队列页面上，撤销队列的上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>重做已撤销的操作（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Your name, organisation, rating scale, detectors, files, language and theme</source>
        <translation>你的姓名、机构、评级标准、检测器、文件、语言和主题</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>受信任的签名者(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>播放或暂停（Space、K）</translation>
    </message>
    <message>
        <source>Shuttle &amp;backward</source>
        <translation>快速倒放(&amp;B)</translation>
    </message>
    <message>
        <source>Play backwards; press again to go faster (J)</source>
        <translation>倒放；再按一次加快速度（J）</translation>
    </message>
    <message>
        <source>Shuttle &amp;forward</source>
        <translation>快速正放(&amp;F)</translation>
    </message>
    <message>
        <source>Play forwards; press again to go faster (L)</source>
        <translation>正放；再按一次加快速度（L）</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>One frame back (Left)</source>
        <translation>后退一帧（Left）</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation>前进一帧（Right）</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>后退一秒</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>前进一秒</translation>
    </message>
    <message>
        <source>Previous keyframe</source>
        <translation>上一个关键帧</translation>
    </message>
    <message>
        <source>Next keyframe</source>
        <translation>下一个关键帧</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <source>&amp;Go to frame or timecode…</source>
        <translation>跳转到帧或时间码(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to a frame number or timecode (Ctrl+G)</source>
        <translation>跳转到帧号或时间码（Ctrl+G）</translation>
    </message>
    <message>
        <source>Set &amp;in mark</source>
        <translation>设置入点(&amp;I)</translation>
    </message>
    <message>
        <source>Set the in mark (I)</source>
        <translation>设置入点（I）</translation>
    </message>
    <message>
        <source>Set &amp;out mark</source>
        <translation>设置出点(&amp;O)</translation>
    </message>
    <message>
        <source>Set the out mark (O)</source>
        <translation>设置出点（O）</translation>
    </message>
    <message>
        <source>Clear in/out marks</source>
        <translation>清除入点/出点</translation>
    </message>
    <message>
        <source>&amp;Loop between marks</source>
        <translation>在入点和出点间循环播放(&amp;L)</translation>
    </message>
    <message>
        <source>Loop playback between the in and out marks (Ctrl+L)</source>
        <translation>在入点和出点之间循环播放（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Mute sound</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <source>Mute or unmute the clip&apos;s sound; the picture keeps following it (Shift+M)</source>
        <translation>将片段的声音静音或取消静音；画面仍跟随声音的时钟（Shift+M）</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>增大音量</translation>
    </message>
    <message>
        <source>Louder (Ctrl+Up)</source>
        <translation>更响（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>减小音量</translation>
    </message>
    <message>
        <source>Quieter (Ctrl+Down)</source>
        <translation>更轻（Ctrl+Down）</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the frame to the window (F)</source>
        <translation>使帧适应窗口大小（F）</translation>
    </message>
    <message>
        <source>&amp;Actual pixels (100%)</source>
        <translation>实际像素 (100%)(&amp;A)</translation>
    </message>
    <message>
        <source>Show real pixels, one to one (1)</source>
        <translation>按一比一显示真实像素（1）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in (+, mouse wheel)</source>
        <translation>放大（+、鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out (-, mouse wheel)</source>
        <translation>缩小（-、鼠标滚轮）</translation>
    </message>
    <message>
        <source>Detectors &amp;side by side</source>
        <translation>检测器并排对比(&amp;S)</translation>
    </message>
    <message>
        <source>The frame on the left, the same frame with the detector heatmaps on the right; both zoom and pan together (S)</source>
        <translation>左侧为帧，右侧为带检测器热力图的同一帧；两者同步缩放和平移（S）</translation>
    </message>
    <message>
        <source>Overlay the s&amp;trongest detector per pixel</source>
        <translation>叠加每个像素最强的检测器(&amp;T)</translation>
    </message>
    <message>
        <source>With several detectors on: each cell in the colour of the detector most above where camera footage usually lies there, instead of one detector at a time (M)</source>
        <translation>开启多个检测器时：每个单元格显示在该处高出相机素材常见水平最多的检测器的颜色，而不是逐个显示检测器（M）</translation>
    </message>
    <message>
        <source>Overlay the &amp;next detector</source>
        <translation>叠加下一个检测器(&amp;N)</translation>
    </message>
    <message>
        <source>One detector&apos;s heatmap at a time: show the next detector switched on (D)</source>
        <translation>每次显示一个检测器的热力图：显示下一个已开启的检测器（D）</translation>
    </message>
    <message>
        <source>&amp;Reset workspace</source>
        <translation>重置工作区(&amp;R)</translation>
    </message>
    <message>
        <source>The panels of the current workspace as they first were</source>
        <translation>将当前工作区的面板恢复为初始布局</translation>
    </message>
    <message>
        <source>The &amp;queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>The moderator&apos;s queue: every clip of the case, sorted and filtered, decided by keyboard (F2)</source>
        <translation>审核员的队列：案卷中的每个片段，可排序和筛选，用键盘处理（F2）</translation>
    </message>
    <message>
        <source>The &amp;player</source>
        <translation>播放器(&amp;P)</translation>
    </message>
    <message>
        <source>The clip in the player, with its panels (F3)</source>
        <translation>播放器中的片段及其面板（F3）</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>返回队列(&amp;B)</translation>
    </message>
    <message>
        <source>From the player back to the queue&apos;s row (Esc)</source>
        <translation>从播放器返回队列中的该行（Esc）</translation>
    </message>
    <message>
        <source>Previous score peak</source>
        <translation>上一个分数峰值</translation>
    </message>
    <message>
        <source>Next score peak</source>
        <translation>下一个分数峰值</translation>
    </message>
    <message>
        <source>&amp;Analyze whole clip</source>
        <translation>分析整个片段(&amp;A)</translation>
    </message>
    <message>
        <source>Score every frame with the detectors; the tracks appear under the timeline (Ctrl+Shift+A)</source>
        <translation>用检测器为每一帧打分；分数轨显示在时间轴下方（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ReelCheck</source>
        <translation>关于 ReelCheck(&amp;A)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>播放控制</translation>
    </message>
    <message>
        <source>Forensic &amp;filter</source>
        <translation>取证滤镜(&amp;F)</translation>
    </message>
    <message>
        <source>{command} ({keys})</source>
        <translation>{command}（{keys}）</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>{filter}, without heatmaps</source>
        <translation>{filter}，不含热力图</translation>
    </message>
    <message>
        <source>As decoded, without heatmaps</source>
        <translation>解码原样，不含热力图</translation>
    </message>
    <message>
        <source>As decoded, with detector heatmaps</source>
        <translation>解码原样，含检测器热力图</translation>
    </message>
    <message>
        <source>No detector is on: turn one on in the Detectors panel</source>
        <translation>没有开启任何检测器：请在“检测器”面板中开启一个</translation>
    </message>
    <message>
        <source>Opening {clip}</source>
        <translation>打开 {clip}</translation>
    </message>
    <message>
        <source>Making the scrubbing previews</source>
        <translation>生成拖动预览</translation>
    </message>
    <message>
        <source>Computing SHA-256</source>
        <translation>计算 SHA-256</translation>
    </message>
    <message>
        <source>Building the keyframe strip</source>
        <translation>生成关键帧条</translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation>请先打开一个片段。</translation>
    </message>
    <message>
        <source>This clip has frames 0 to {last}.</source>
        <translation>此片段的帧号为 0 至 {last}。</translation>
    </message>
    <message>
        <source>This clip lasts {duration}.</source>
        <translation>此片段时长为 {duration}。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop: {task}</source>
        <translation>停止：{task}</translation>
    </message>
    <message>
        <source>{task}: cancelled</source>
        <translation>{task}：已取消</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Reading the provenance of the listed clips</source>
        <translation>读取列表中片段的来源信息</translation>
    </message>
    <message>
        <source>Content &amp;Credentials trust list…</source>
        <translation>内容凭证信任列表(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the PEM file of trust anchors that signers of Content Credentials are checked against</source>
        <translation>选择信任锚的 PEM 文件，内容凭证的签名者将据此验证</translation>
    </message>
    <message>
        <source>Clear Content Credentials trust list</source>
        <translation>清除内容凭证信任列表</translation>
    </message>
    <message>
        <source>Reading provenance…</source>
        <translation>正在读取来源信息…</translation>
    </message>
    <message>
        <source>of {clip}</source>
        <translation>片段 {clip}</translation>
    </message>
    <message>
        <source>Reading provenance</source>
        <translation>读取来源信息</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源信息</translation>
    </message>
    <message>
        <source>Reading the provenance was cancelled.</source>
        <translation>已取消读取来源信息。</translation>
    </message>
    <message>
        <source>Provenance: reading cancelled</source>
        <translation>来源信息：已取消读取</translation>
    </message>
    <message>
        <source>Provenance not read</source>
        <translation>未读取来源信息</translation>
    </message>
    <message>
        <source>Content Credentials trust list</source>
        <translation>内容凭证信任列表</translation>
    </message>
    <message>
        <source>Certificates ({patterns})</source>
        <translation>证书 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Signers are checked against {file}</source>
        <translation>签名者将依据 {file} 验证</translation>
    </message>
    <message>
        <source>Signers are not checked against a trust list</source>
        <translation>签名者不依据信任列表验证</translation>
    </message>
    <message>
        <source>Now: {file}</source>
        <translation>当前：{file}</translation>
    </message>
    <message>
        <source>Now: none; signers are reported as not checked</source>
        <translation>当前：无；签名者将报告为未验证</translation>
    </message>
</context>
<context>
    <name>Recent clips</name>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>No recent clips</source>
        <translation>没有最近打开的片段</translation>
    </message>
</context>
<context>
    <name>Score lanes</name>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>分数轨</translation>
    </message>
    <message>
        <source>Camera footage</source>
        <translation>相机拍摄素材</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测定结果</translation>
    </message>
    <message>
        <source>{detector} · peak {peak} · above camera band</source>
        <translation>{detector} · 峰值 {peak} · 高于相机素材区间</translation>
    </message>
    <message>
        <source>{detector} · peak {peak}</source>
        <translation>{detector} · 峰值 {peak}</translation>
    </message>
    <message>
        <source>{score} ({measures})</source>
        <translation>{score}（{measures}）</translation>
    </message>
    <message>
        <source>{score} ({measures}) · above the camera band {low}-{high}</source>
        <translation>{score}（{measures}）· 高于相机素材区间 {low}-{high}</translation>
    </message>
    <message>
        <source>{score} ({measures}) · below the camera band {low}-{high}</source>
        <translation>{score}（{measures}）· 低于相机素材区间 {low}-{high}</translation>
    </message>
    <message>
        <source>{score} ({measures}) · within the camera band {low}-{high}</source>
        <translation>{score}（{measures}）· 在相机素材区间 {low}-{high} 之内</translation>
    </message>
    <message>
        <source>drawn from {bottom} (bottom) to {top} (top), the same scale on every clip; scores beyond it are drawn at the edge</source>
        <translation>从 {bottom}（底部）画到 {top}（顶部），每个片段使用同一刻度；超出范围的分数画在边缘</translation>
    </message>
    <message>
        <source>camera footage usually scores {low}-{high} here: {measured_on}</source>
        <translation>相机拍摄素材在此通常得分 {low}-{high}：{measured_on}</translation>
    </message>
    <message>
        <source>the band measured for this detector is for another version than these scores</source>
        <translation>为此检测器测定的区间对应的版本与这些分数的版本不同</translation>
    </message>
    <message>
        <source>no band was measured for this detector: nothing here says where camera footage lies</source>
        <translation>未为此检测器测定区间：这里无法说明相机拍摄素材通常落在哪里</translation>
    </message>
</context>
<context>
    <name>Score tracks</name>
    <message>
        <source>No detectors are loaded yet.</source>
        <translation>检测器尚未加载。</translation>
    </message>
    <message>
        <source>Analyzing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Analyzing the clip</source>
        <translation>分析片段</translation>
    </message>
    <message>
        <source>No score peak after this frame (analyse the clip first).</source>
        <translation>此帧之后没有分数峰值（请先分析片段）。</translation>
    </message>
    <message>
        <source>No score peak before this frame (analyse the clip first).</source>
        <translation>此帧之前没有分数峰值（请先分析片段）。</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound muted at {speed}x</source>
        <translation>{speed} 倍速时声音静音</translation>
    </message>
    <message>
        <source>Sound muted playing backwards</source>
        <translation>倒放时声音静音</translation>
    </message>
    <message>
        <source>This clip has no sound.</source>
        <translation>此片段没有声音。</translation>
    </message>
    <message>
        <source>No sound device: the picture plays on its own clock.</source>
        <translation>没有声音设备：画面按自身的时钟播放。</translation>
    </message>
    <message>
        <source>The sound device stopped taking sound: the picture plays on without it.</source>
        <translation>声音设备不再接收声音：画面在没有声音的情况下继续播放。</translation>
    </message>
    <message>
        <source>The sound device ({device}) cannot play 48 kHz stereo.</source>
        <translation>声音设备（{device}）无法播放 48 kHz 立体声。</translation>
    </message>
    <message>
        <source>The sound device ({device}) could not be opened.</source>
        <translation>无法打开声音设备（{device}）。</translation>
    </message>
    <message>
        <source>Volume (Ctrl+Up, Ctrl+Down; Shift+M mutes)</source>
        <translation>音量（Ctrl+Up、Ctrl+Down；Shift+M 静音）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>Volume {percent}%</source>
        <translation>音量 {percent}%</translation>
    </message>
    <message>
        <source>{note}  ({volume})</source>
        <translation>{note}（{volume}）</translation>
    </message>
</context>
<context>
    <name>Sound evidence</name>
    <message>
        <source>Spectrogram</source>
        <translation>频谱图</translation>
    </message>
    <message>
        <source>Check sound and picture &amp;sync</source>
        <translation>检查音画同步(&amp;S)</translation>
    </message>
    <message>
        <source>Measure how far the sound is ahead of or behind the picture, from sharp events in both (Ctrl+Alt+S)</source>
        <translation>根据声音和画面中的明显事件，测量声音领先或落后画面多少（Ctrl+Alt+S）</translation>
    </message>
    <message>
        <source>Reading the sound…</source>
        <translation>正在读取声音…</translation>
    </message>
    <message>
        <source>This clip has no sound.</source>
        <translation>此片段没有声音。</translation>
    </message>
    <message>
        <source>Open a clip: its sound&apos;s frequencies over time are drawn here.</source>
        <translation>打开一个片段：其声音的频率随时间的变化将绘制在这里。</translation>
    </message>
    <message>
        <source>Reading the sound</source>
        <translation>读取声音</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Sound as measured</source>
        <translation>声音测量结果</translation>
    </message>
    <message>
        <source>Checking sound and picture sync</source>
        <translation>检查音画同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sound and picture sync not measured: {reason}</source>
        <translation>未测量音画同步：{reason}</translation>
    </message>
    <message>
        <source>Sound and picture</source>
        <translation>声音与画面</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The media engine (PyAV/OpenCV) could not be loaded; see the log file.</source>
        <translation>无法加载媒体引擎（PyAV/OpenCV）；请查看日志文件。</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现了问题；详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>Status bar</name>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Computing the clip&apos;s SHA-256</source>
        <translation>正在计算片段的 SHA-256</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>没有片段</translation>
    </message>
    <message>
        <source>Dropped {count}</source>
        <translation>丢帧 {count}</translation>
    </message>
    <message>
        <source>Frame {number} / {last}  (keyframe preview)</source>
        <translation>帧 {number} / {last}  （关键帧预览）</translation>
    </message>
    <message>
        <source>Frame {number} / {last}  (preview)</source>
        <translation>帧 {number} / {last}  （预览）</translation>
    </message>
    <message>
        <source>Frame {number} / {last}  keyframe</source>
        <translation>帧 {number} / {last}  关键帧</translation>
    </message>
    <message>
        <source>Frame {number} / {last}</source>
        <translation>帧 {number} / {last}</translation>
    </message>
    <message>
        <source>Frame {number}  (dragging)</source>
        <translation>帧 {number}  （拖动中）</translation>
    </message>
    <message>
        <source>In {mark_in}  Out {mark_out}  ({seconds} s)</source>
        <translation>入点 {mark_in}  出点 {mark_out}  （{seconds} 秒）</translation>
    </message>
    <message>
        <source>Fit {percent}%</source>
        <translation>适应 {percent}%</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Claim from this &amp;line</source>
        <translation>根据此行创建说法(&amp;L)</translation>
    </message>
    <message>
        <source>A claim over the time range of the line chosen in the Words panel, or of the line under the playhead, quoting its words (Ctrl+Shift+Y)</source>
        <translation>以“文字”面板中选中的行或播放头所在行的时间范围创建说法，并引用其文字（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>Go to the &amp;words list</source>
        <translation>转到文字列表(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a line in the Words panel first, or put the playhead on a line of words.</source>
        <translation>请先在“文字”面板中选择一行，或将播放头放在一行文字上。</translation>
    </message>
    <message>
        <source>The clip is not in the case yet: wait for its hash.</source>
        <translation>该片段尚未加入案卷：请等待其哈希值计算完成。</translation>
    </message>
    <message>
        <source>Go to the line</source>
        <translation>转到该行</translation>
    </message>
    <message>
        <source>Claim from this line</source>
        <translation>根据此行创建说法</translation>
    </message>
    <message>
        <source>Copy the words</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Read on-screen &amp;text</source>
        <translation>读取画面文字(&amp;T)</translation>
    </message>
    <message>
        <source>Read the text on the clip&apos;s frames: captions, marks, labels (Ctrl+Shift+T)</source>
        <translation>读取片段各帧上的文字：说明文字、标识、标签（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Read on-screen text when a clip &amp;opens</source>
        <translation>打开片段时读取画面文字(&amp;O)</translation>
    </message>
    <message>
        <source>Text &amp;boxes on frame</source>
        <translation>在帧上显示文字框(&amp;B)</translation>
    </message>
    <message>
        <source>Reading the subtitles…</source>
        <translation>正在读取字幕…</translation>
    </message>
    <message>
        <source>Reading subtitles</source>
        <translation>读取字幕</translation>
    </message>
    <message>
        <source>The subtitles could not be read: {reason}</source>
        <translation>无法读取字幕：{reason}</translation>
    </message>
    <message>
        <source>No text was read on the frames sampled.</source>
        <translation>在抽样的帧上未读取到文字。</translation>
    </message>
    <message>
        <source>The on-screen text is being read already.</source>
        <translation>已在读取画面文字。</translation>
    </message>
    <message>
        <source>Reading on-screen text</source>
        <translation>读取画面文字</translation>
    </message>
    <message>
        <source>Reading the text on the frames…</source>
        <translation>正在读取帧上的文字…</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面文字</translation>
    </message>
    <message>
        <source>Reading the on-screen text was cancelled.</source>
        <translation>已取消读取画面文字。</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>所说</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>画面上</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>画面上</translation>
    </message>
    <message>
        <source>No subtitles beside this clip or inside it, and no text read on its frames yet.</source>
        <translation>此片段旁边和内部都没有字幕，也尚未在其帧上读取到文字。</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>&amp;Review</source>
        <translation>核查(&amp;R)</translation>
    </message>
    <message>
        <source>Review: the player with the claims, evidence and verdict</source>
        <translation>核查：播放器，以及说法、证据和核查结论</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>初筛(&amp;T)</translation>
    </message>
    <message>
        <source>Triage: the queue large, with a preview of the selected clip</source>
        <translation>初筛：大幅显示队列，并预览所选片段</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>紧凑(&amp;C)</translation>
    </message>
    <message>
        <source>Compact, for a laptop: the panels as tabs in one column, the frame wide</source>
        <translation>紧凑（适合笔记本电脑）：面板以标签页排在一栏中，画面更宽</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>More buttons of this toolbar</source>
        <translation>此工具栏的更多按钮</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source>Toolbar &amp;text beside icons</source>
        <translation>工具栏图标旁显示文字(&amp;T)</translation>
    </message>
</context>
</TS>
