<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cluster</name>
    <message>
        <source>A cluster is auto, ray://HOST:PORT or HOST:PORT.</source>
        <translation>集群地址应为 auto、ray://主机:端口 或 主机:端口。</translation>
    </message>
    <message>
        <source>waiting for the cluster</source>
        <translation>正在等待集群</translation>
    </message>
    <message>
        <source>the cluster could not measure it: {reason}</source>
        <translation>集群无法分析该片段：{reason}</translation>
    </message>
    <message>
        <source>Ray is not installed here; install it with: pip install reelcheck[team]</source>
        <translation>本机未安装 Ray；请用以下命令安装：pip install reelcheck[team]</translation>
    </message>
    <message>
        <source>The Ray cluster at {address} could not be used: {reason}</source>
        <translation>无法使用位于 {address} 的 Ray 集群：{reason}</translation>
    </message>
    <message>
        <source>No Ray cluster answers at {address} ({reason}).</source>
        <translation>{address} 上没有 Ray 集群应答（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Provenance badge</name>
    <message>
        <source>No provenance</source>
        <translation>无来源信息</translation>
    </message>
    <message>
        <source>Content Credentials: AI-generated</source>
        <translation>内容凭证：AI 生成</translation>
    </message>
    <message>
        <source>Content Credentials: made from AI-generated material</source>
        <translation>内容凭证：使用 AI 生成的素材制作</translation>
    </message>
    <message>
        <source>Generator watermark found</source>
        <translation>发现生成器水印</translation>
    </message>
    <message>
        <source>Content Credentials: signed</source>
        <translation>内容凭证：已签名</translation>
    </message>
    <message>
        <source>Content Credentials: invalid</source>
        <translation>内容凭证：无效</translation>
    </message>
    <message>
        <source>Content Credentials online, not fetched</source>
        <translation>内容凭证在网上，未获取</translation>
    </message>
    <message>
        <source>Visible mark: {names}</source>
        <translation>可见标识：{names}</translation>
    </message>
    <message>
        <source>Visible mark: {names} and {count} more</source>
        <translation>可见标识：{names} 等，另有 {count} 个</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>No clips in this case yet.

Drop a folder here or use Queue &gt; Import folder… (Ctrl+Shift+I)</source>
        <translation>此案卷中还没有视频片段。

将文件夹拖放到这里，或使用 队列 &gt; 导入文件夹…（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>No clip matches this filter.</source>
        <translation>没有符合此筛选条件的片段。</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>值得一看</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Clips in the queue</source>
        <translation>队列中的片段</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>正在读取案卷…</translation>
    </message>
    <message>
        <source>Reading the detectors&apos; names</source>
        <translation>读取检测器名称</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>{clip} is no longer at {where}.</source>
        <translation>{clip} 已不在 {where}。</translation>
    </message>
    <message>
        <source>Choose a clip in the queue first.</source>
        <translation>请先在队列中选择一个片段。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Assign 1 clip to (empty: nobody):</source>
        <translation>将 1 个片段指派给（留空：不指派）：</translation>
    </message>
    <message>
        <source>Assign {count} clips to (empty: nobody):</source>
        <translation>将 {count} 个片段指派给（留空：不指派）：</translation>
    </message>
    <message>
        <source>A note on 1 clip for whoever reviews next:</source>
        <translation>为下一位核查员写下这 1 个片段的交接备注：</translation>
    </message>
    <message>
        <source>A note on {count} clips for whoever reviews next:</source>
        <translation>为下一位核查员写下这 {count} 个片段的交接备注：</translation>
    </message>
    <message>
        <source>Queue note</source>
        <translation>交接备注</translation>
    </message>
    <message>
        <source>Tags of 1 clip, separated by commas (they replace the tags there):</source>
        <translation>这 1 个片段的标签，用逗号分隔（将替换原有标签）：</translation>
    </message>
    <message>
        <source>Tags of {count} clips, separated by commas (they replace the tags there):</source>
        <translation>这 {count} 个片段的标签，用逗号分隔（将替换原有标签）：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Priority of 1 clip (0 none, 9 most urgent):</source>
        <translation>这 1 个片段的优先级（0 为无，9 为最紧急）：</translation>
    </message>
    <message>
        <source>Priority of {count} clips (0 none, 9 most urgent):</source>
        <translation>这 {count} 个片段的优先级（0 为无，9 为最紧急）：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Filter saved as &apos;{name}&apos;.</source>
        <translation>筛选条件已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; deleted.</source>
        <translation>已删除保存的筛选条件“{name}”。</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>此筛选条件的名称：</translation>
    </message>
    <message>
        <source>Import a folder of clips</source>
        <translation>导入视频片段文件夹</translation>
    </message>
    <message>
        <source>Import clips</source>
        <translation>导入视频片段</translation>
    </message>
    <message>
        <source>An import is running: wait for it, or cancel it first.</source>
        <translation>正在导入：请等待其完成，或先取消。</translation>
    </message>
    <message>
        <source>No clips to analyse.</source>
        <translation>没有可分析的片段。</translation>
    </message>
    <message>
        <source>Export the queue as {format}</source>
        <translation>将队列导出为 {format}</translation>
    </message>
    <message>
        <source>Choose the clips whose dossiers to write.</source>
        <translation>请选择要生成核查报告的片段。</translation>
    </message>
    <message>
        <source>the 1 clip selected</source>
        <translation>所选的 1 个片段</translation>
    </message>
    <message>
        <source>each of the {count} clips selected</source>
        <translation>所选 {count} 个片段中的每一个</translation>
    </message>
</context>
<context>
    <name>Queue analysis</name>
    <message>
        <source>detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>on-screen text</source>
        <translation>画面文字</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>片段 {id}</translation>
    </message>
    <message>
        <source>{clip}: {step}</source>
        <translation>{clip}：{step}</translation>
    </message>
    <message>
        <source>clip-level figure</source>
        <translation>片段级证据值</translation>
    </message>
    <message>
        <source>a detector the calibration needs could not be loaded</source>
        <translation>校准所需的一个检测器无法加载</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>no clip-level figure: {reason}</source>
        <translation>没有片段级证据值：{reason}</translation>
    </message>
    <message>
        <source>{detector} could not be loaded ({reason})</source>
        <translation>{detector} 无法加载（{reason}）</translation>
    </message>
</context>
<context>
    <name>Queue commands</name>
    <message>
        <source>&amp;Next clip</source>
        <translation>下一个片段(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next clip in the queue (J, Down)</source>
        <translation>转到队列中的下一个片段（J、Down）</translation>
    </message>
    <message>
        <source>&amp;Previous clip</source>
        <translation>上一个片段(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the clip before (K, Up)</source>
        <translation>转到上一个片段（K、Up）</translation>
    </message>
    <message>
        <source>&amp;Open in the player</source>
        <translation>在播放器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the clip in the player; Esc there comes back to this row (Enter)</source>
        <translation>在播放器中打开片段；在播放器中按 Esc 返回此行（Enter）</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>搜索队列(&amp;S)</translation>
    </message>
    <message>
        <source>Type to search names, uploaders, claims, notes (/)</source>
        <translation>输入文字以搜索名称、上传者、说法、备注（/）</translation>
    </message>
    <message>
        <source>Decide: {decision}</source>
        <translation>决定：{decision}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Decide &apos;{decision}&apos; for the selected clips and go to the next ({key})</source>
        <translation>对所选片段作出“{decision}”的决定，并转到下一个（{key}）</translation>
    </message>
    <message>
        <source>Set the status of the selected clips to &apos;{status}&apos; ({key})</source>
        <translation>将所选片段的状态设为“{status}”（{key}）</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>指派给(&amp;A)…</translation>
    </message>
    <message>
        <source>Hand the selected clips to a reviewer (A)</source>
        <translation>将所选片段交给一位核查员（A）</translation>
    </message>
    <message>
        <source>Queue &amp;note…</source>
        <translation>交接备注(&amp;N)…</translation>
    </message>
    <message>
        <source>A note on the selected clips for the next reviewer (N)</source>
        <translation>为下一位核查员写下所选片段的交接备注（N）</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the tags of the selected clips (T)</source>
        <translation>设置所选片段的标签（T）</translation>
    </message>
    <message>
        <source>P&amp;riority…</source>
        <translation>优先级(&amp;R)…</translation>
    </message>
    <message>
        <source>Set the priority of the selected clips (P)</source>
        <translation>设置所选片段的优先级（P）</translation>
    </message>
    <message>
        <source>Undo queue edit</source>
        <translation>撤销队列编辑</translation>
    </message>
    <message>
        <source>Undo the queue&apos;s last edit (Ctrl+Z on the queue)</source>
        <translation>撤销队列的上一次编辑（在队列中按 Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo queue edit</source>
        <translation>重做队列编辑</translation>
    </message>
    <message>
        <source>Redo the queue&apos;s edit undone (Ctrl+Shift+Z on the queue)</source>
        <translation>重做已撤销的队列编辑（在队列中按 Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Show this clip&apos;s &amp;group</source>
        <translation>显示此片段的重复上传组(&amp;G)</translation>
    </message>
    <message>
        <source>Show only the clip&apos;s near-duplicates (G); the button in the filter bar shows the whole queue again</source>
        <translation>只显示此片段的近似重复片段（G）；点击筛选栏中的按钮可再次显示整个队列</translation>
    </message>
    <message>
        <source>&amp;Decide the whole group…</source>
        <translation>对整个组作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>One decision for every clip of the group, after a confirmation</source>
        <translation>确认后，对组内每个片段作出同一决定</translation>
    </message>
    <message>
        <source>&amp;Carry this decision to the group…</source>
        <translation>将此决定应用到整个组(&amp;C)…</translation>
    </message>
    <message>
        <source>The clip&apos;s decision for the rest of its group, after a confirmation</source>
        <translation>确认后，将此片段的决定应用到组内其余片段</translation>
    </message>
    <message>
        <source>Carry this &amp;verdict to the group…</source>
        <translation>将此核查结论应用到整个组(&amp;V)…</translation>
    </message>
    <message>
        <source>The clip&apos;s verdict for the rest of its group, after a confirmation (each summary says where it came from)</source>
        <translation>确认后，将此片段的核查结论应用到组内其余片段（每份摘要都会注明其来源）</translation>
    </message>
    <message>
        <source>Co&amp;mpare side by side</source>
        <translation>并排对比(&amp;M)</translation>
    </message>
    <message>
        <source>Two selected clips side by side, or this clip and the next of its group, one slider moving both (C)</source>
        <translation>并排对比所选的两个片段，或此片段与其组内的下一个片段，一个滑块同时控制两者（C）</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <source>Add every clip in a folder and its subfolders to the queue (Ctrl+Shift+I)</source>
        <translation>将文件夹及其子文件夹中的所有片段加入队列（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add clips to the queue</source>
        <translation>将片段加入队列</translation>
    </message>
    <message>
        <source>Analyse &amp;selection</source>
        <translation>分析所选(&amp;S)</translation>
    </message>
    <message>
        <source>Run the detectors over the selected clips (every 5th frame) and fill in their evidence</source>
        <translation>对所选片段运行检测器（每 5 帧取 1 帧），并填入其证据</translation>
    </message>
    <message>
        <source>Analyse &amp;whole queue</source>
        <translation>分析整个队列(&amp;W)</translation>
    </message>
    <message>
        <source>Run the detectors over every clip the filter shows</source>
        <translation>对筛选显示的每个片段运行检测器</translation>
    </message>
    <message>
        <source>Export queue as &amp;CSV…</source>
        <translation>将队列导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>The clips the filter shows, as the table shows them, with SHA-256s</source>
        <translation>导出筛选显示的片段，内容与表格一致，并附 SHA-256</translation>
    </message>
    <message>
        <source>Export queue as &amp;JSON…</source>
        <translation>将队列导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>The clips the filter shows, as JSON</source>
        <translation>将筛选显示的片段导出为 JSON</translation>
    </message>
    <message>
        <source>Export &amp;dossiers for selection…</source>
        <translation>为所选片段导出核查报告(&amp;D)…</translation>
    </message>
    <message>
        <source>The PDF and signed JSON dossier of each selected clip, with a summary of what was written and refused</source>
        <translation>每个所选片段的 PDF 和已签名 JSON 核查报告，并附上已生成和被拒绝内容的摘要</translation>
    </message>
</context>
<context>
    <name>Queue decision</name>
    <message>
        <source>No action</source>
        <translation>不处理</translation>
    </message>
    <message>
        <source>Label as AI-generated</source>
        <translation>标注为 AI 生成</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Escalate to fact-check</source>
        <translation>转交事实核查</translation>
    </message>
</context>
<context>
    <name>Queue edits</name>
    <message>
        <source>Saved: {edit}</source>
        <translation>已保存：{edit}</translation>
    </message>
    <message>
        <source>Nothing to change: the clips already said so.</source>
        <translation>无需更改：这些片段已是该值。</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>已撤销：{edit}</translation>
    </message>
    <message>
        <source>Nothing to undo in the queue.</source>
        <translation>队列中没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Redone: {edit}</source>
        <translation>已重做：{edit}</translation>
    </message>
    <message>
        <source>Nothing to redo in the queue.</source>
        <translation>队列中没有可重做的操作。</translation>
    </message>
</context>
<context>
    <name>Queue filters</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>任意处理决定</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Provenance badge</source>
        <translation>来源信息标记</translation>
    </message>
    <message>
        <source>Any badge</source>
        <translation>任意标记</translation>
    </message>
    <message>
        <source>evidence ≥ </source>
        <translation>证据 ≥ </translation>
    </message>
    <message>
        <source>any evidence</source>
        <translation>任意证据</translation>
    </message>
    <message>
        <source>Clip-level evidence at least</source>
        <translation>片段级证据下限</translation>
    </message>
    <message>
        <source>Only clips whose clip-level evidence is at least this (0: any, measured or not)</source>
        <translation>只显示片段级证据不低于此值的片段（0：任意，无论是否已测量）</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Only clips with this tag</source>
        <translation>只显示带有此标签的片段</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Only clips assigned to this reviewer</source>
        <translation>只显示指派给此核查员的片段</translation>
    </message>
    <message>
        <source>Search names, uploaders, claims, notes</source>
        <translation>搜索名称、上传者、说法、备注</translation>
    </message>
    <message>
        <source>Search (any script; three letters or more use the index)</source>
        <translation>搜索（任何文字均可；三个字符及以上使用索引）</translation>
    </message>
    <message>
        <source>Showing one group of near-duplicates: click to show the whole queue again</source>
        <translation>正在显示一个近似重复组：点击可再次显示整个队列</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>重新显示整个队列</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Keep the filter on screen under a name</source>
        <translation>以一个名称保存当前的筛选条件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forget the saved filter chosen</source>
        <translation>删除所选的已保存筛选条件</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>已保存的筛选条件…</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>没有已保存的筛选条件</translation>
    </message>
    <message>
        <source>{shown} of 1 clip</source>
        <translation>共 1 个片段，显示 {shown} 个</translation>
    </message>
    <message>
        <source>{shown} of {total} clips</source>
        <translation>共 {total} 个片段，显示 {shown} 个</translation>
    </message>
    <message>
        <source>Group #{group} ✕</source>
        <translation>组 #{group} ✕</translation>
    </message>
</context>
<context>
    <name>Queue groups</name>
    <message>
        <source>This clip is in no group of near-duplicates.</source>
        <translation>此片段不属于任何近似重复组。</translation>
    </message>
    <message>
        <source>Decide the whole group</source>
        <translation>对整个组作出决定</translation>
    </message>
    <message>
        <source>The decision for every clip of group #{group}:</source>
        <translation>组 #{group} 中每个片段的处理决定：</translation>
    </message>
    <message>
        <source>Decide &apos;{decision}&apos; for all {count} clips of group #{group}?</source>
        <translation>对组 #{group} 的全部 {count} 个片段作出“{decision}”的决定？</translation>
    </message>
    <message>
        <source>Decide &apos;{decision}&apos; for the other clip of group #{group}?</source>
        <translation>对组 #{group} 的另一个片段作出“{decision}”的决定？</translation>
    </message>
    <message>
        <source>Decide &apos;{decision}&apos; for the other {count} clips of group #{group}?</source>
        <translation>对组 #{group} 的其余 {count} 个片段作出“{decision}”的决定？</translation>
    </message>
    <message>
        <source>Decide the group</source>
        <translation>决定整个组</translation>
    </message>
    <message>
        <source>Decide this clip first: its decision is what is carried.</source>
        <translation>请先对此片段作出决定：应用到组内的正是这个决定。</translation>
    </message>
    <message>
        <source>This clip has no verdict yet: record one in the player first.</source>
        <translation>此片段还没有核查结论：请先在播放器中记录。</translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Carry the verdict</source>
        <translation>应用核查结论</translation>
    </message>
    <message>
        <source>Choose two clips to compare, or a clip in a group of re-uploads.</source>
        <translation>请选择两个片段进行对比，或选择重复上传组中的一个片段。</translation>
    </message>
    <message>
        <source>{clip} is no longer where it was imported from.</source>
        <translation>{clip} 已不在导入时的位置。</translation>
    </message>
    <message>
        <source>Group #{group} has no other clip now.</source>
        <translation>组 #{group} 现在没有其他片段。</translation>
    </message>
    <message>
        <source>Give 1 clip of group #{group} this clip&apos;s verdict (&apos;{verdict}&apos;)? Each summary says where it came from.</source>
        <translation>将此片段的核查结论（“{verdict}”）应用到组 #{group} 的 1 个片段？每份摘要都会注明其来源。</translation>
    </message>
    <message>
        <source>Give {count} clips of group #{group} this clip&apos;s verdict (&apos;{verdict}&apos;)? Each summary says where it came from.</source>
        <translation>将此片段的核查结论（“{verdict}”）应用到组 #{group} 的 {count} 个片段？每份摘要都会注明其来源。</translation>
    </message>
    <message>
        <source>Give 1 clip of group #{group} this clip&apos;s verdict (&apos;{verdict}&apos;)? It has a verdict of its own, which this replaces. Each summary says where it came from.</source>
        <translation>将此片段的核查结论（“{verdict}”）应用到组 #{group} 的 1 个片段？该片段已有自己的核查结论，将被替换。每份摘要都会注明其来源。</translation>
    </message>
    <message>
        <source>Give {count} clips of group #{group} this clip&apos;s verdict (&apos;{verdict}&apos;)? {own} of them have a verdict of their own, which this replaces. Each summary says where it came from.</source>
        <translation>将此片段的核查结论（“{verdict}”）应用到组 #{group} 的 {count} 个片段？其中 {own} 个已有自己的核查结论，将被替换。每份摘要都会注明其来源。</translation>
    </message>
</context>
<context>
    <name>Queue import</name>
    <message>
        <source>is a yt-dlp sidecar (subtitles or .info.json), read with its video</source>
        <translation>是 yt-dlp 附属文件（字幕或 .info.json），随其视频一起读取</translation>
    </message>
    <message>
        <source>is a folder that cannot be read ({reason})</source>
        <translation>是无法读取的文件夹（{reason}）</translation>
    </message>
    <message>
        <source>is a symbolic link to a folder: not followed (name it to import it)</source>
        <translation>是指向文件夹的符号链接：不跟随（直接选择它即可导入）</translation>
    </message>
    <message>
        <source>is another disk or file system mounted here: not walked</source>
        <translation>是挂载在此处的其他磁盘或文件系统：不遍历</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>thumbnail, keyframe hashes and badge</source>
        <translation>缩略图、关键帧哈希和来源信息标记</translation>
    </message>
    <message>
        <source>grouping re-uploads</source>
        <translation>正在归组重复上传</translation>
    </message>
    <message>
        <source>{clip}: {step}</source>
        <translation>{clip}：{step}</translation>
    </message>
    <message>
        <source>changed while it was read (still being written?)</source>
        <translation>读取期间被更改（是否仍在写入？）</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>未能读取（{reason}）</translation>
    </message>
    <message>
        <source>its thumbnail and keyframe hashes were not made: {reason}</source>
        <translation>未能生成缩略图和关键帧哈希：{reason}</translation>
    </message>
    <message>
        <source>its thumbnail and keyframe hashes were not made ({reason})</source>
        <translation>未能生成缩略图和关键帧哈希（{reason}）</translation>
    </message>
</context>
<context>
    <name>Queue jobs</name>
    <message>
        <source>Importing clips</source>
        <translation>导入视频片段</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>新增 {count} 个</translation>
    </message>
    <message>
        <source>{count} already in the case</source>
        <translation>{count} 个已在案卷中</translation>
    </message>
    <message>
        <source>{count} done before (resumed)</source>
        <translation>{count} 个此前已完成（继续导入）</translation>
    </message>
    <message>
        <source>{count} not imported</source>
        <translation>{count} 个未导入</translation>
    </message>
    <message>
        <source>{count} with an unusable .info.json</source>
        <translation>{count} 个的 .info.json 无法使用</translation>
    </message>
    <message>
        <source>Import cancelled: {counts}.</source>
        <translation>导入已取消：{counts}。</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>导入完成：{counts}。</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入说明</translation>
    </message>
    <message>
        <source>These files were not imported, or were imported without their source details:</source>
        <translation>以下文件未导入，或导入时缺少其来源详情：</translation>
    </message>
    <message>
        <source>Ray cluster {address}</source>
        <translation>Ray 集群 {address}</translation>
    </message>
    <message>
        <source>Analysing the queue</source>
        <translation>分析队列</translation>
    </message>
    <message>
        <source>Analysing 1 clip</source>
        <translation>正在分析 1 个片段</translation>
    </message>
    <message>
        <source>Analysing {count} clips</source>
        <translation>正在分析 {count} 个片段</translation>
    </message>
    <message>
        <source>{count} analysed</source>
        <translation>已分析 {count} 个</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 个失败</translation>
    </message>
    <message>
        <source>Analysis cancelled: {counts}.</source>
        <translation>分析已取消：{counts}。</translation>
    </message>
    <message>
        <source>Analysis done: {counts}.</source>
        <translation>分析完成：{counts}。</translation>
    </message>
    <message>
        <source>Clips not analysed</source>
        <translation>未分析的片段</translation>
    </message>
    <message>
        <source>These clips could not be analysed:</source>
        <translation>以下片段无法分析：</translation>
    </message>
    <message>
        <source>Exporting the queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Saved 1 clip to {file}</source>
        <translation>已将 1 个片段保存到 {file}</translation>
    </message>
    <message>
        <source>Saved {count} clips to {file}</source>
        <translation>已将 {count} 个片段保存到 {file}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Writing dossiers</source>
        <translation>生成核查报告</translation>
    </message>
    <message>
        <source>Dossier for 1 clip</source>
        <translation>1 个片段的核查报告</translation>
    </message>
    <message>
        <source>Dossiers for {count} clips</source>
        <translation>{count} 个片段的核查报告</translation>
    </message>
    <message>
        <source>{summary} Folder: {folder}</source>
        <translation>{summary} 文件夹：{folder}</translation>
    </message>
    <message>
        <source>Dossiers not written</source>
        <translation>未生成的核查报告</translation>
    </message>
    <message>
        <source>No dossier was written for:</source>
        <translation>以下片段未生成核查报告：</translation>
    </message>
</context>
<context>
    <name>Queue preview</name>
    <message>
        <source>Preview of the selected clip</source>
        <translation>所选片段的预览</translation>
    </message>
    <message>
        <source>Keyframe of the selected clip</source>
        <translation>所选片段的关键帧</translation>
    </message>
    <message>
        <source>Choose a clip in the queue to see it here.</source>
        <translation>在队列中选择一个片段，即可在此预览。</translation>
    </message>
    <message>
        <source>No keyframe yet</source>
        <translation>尚无关键帧</translation>
    </message>
    <message>
        <source>Reading a keyframe</source>
        <translation>正在读取关键帧</translation>
    </message>
</context>
<context>
    <name>Queue status</name>
    <message>
        <source>New</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>Queue table</name>
    <message>
        <source>A keyframe of the clip</source>
        <translation>片段的一个关键帧</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Platform / uploader</source>
        <translation>平台 / 上传者</translation>
    </message>
    <message>
        <source>From the .info.json beside the file, when there is one</source>
        <translation>来自文件旁的 .info.json（如有）</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源信息</translation>
    </message>
    <message>
        <source>What the file itself declares (Content Credentials, watermarks, metadata)</source>
        <translation>文件自身声明的内容（内容凭证、水印、元数据）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>The clip-level figure: how far the detectors&apos; scores lie from camera footage&apos;s, as a percentage; — when not measured</source>
        <translation>片段级证据值：检测器分数偏离相机拍摄素材分数的程度，以百分比表示；未测量时为 —</translation>
    </message>
    <message>
        <source>Strongest peak</source>
        <translation>最强峰值</translation>
    </message>
    <message>
        <source>The detector that peaked highest on the clip, and its score</source>
        <translation>在此片段上峰值最高的检测器及其分数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>证据帧</translation>
    </message>
    <message>
        <source>Evidence frames pinned on the clip</source>
        <translation>在此片段上固定的证据帧</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Near-duplicates (re-uploads) share a group; the number of clips in it</source>
        <translation>近似重复片段（重复上传）同属一组；括号内为组中的片段数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>{reviewer} is deciding this clip now.</source>
        <translation>{reviewer} 正在处理此片段。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>交接备注：{note}</translation>
    </message>
    <message>
        <source>Not measured yet: open the clip, or Queue &gt; Analyse selection</source>
        <translation>尚未测量：打开片段，或使用 队列 &gt; 分析所选</translation>
    </message>
</context>
</TS>
