<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>AI-generated, confirmed by provenance</source>
        <translation>AI 生成（来源信息证实）</translation>
    </message>
    <message>
        <source>Likely AI-generated</source>
        <translation>很可能由 AI 生成</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Likely authentic</source>
        <translation>很可能真实</translation>
    </message>
    <message>
        <source>Authentic, verified provenance</source>
        <translation>真实（来源信息已验证）</translation>
    </message>
</context>
<context>
    <name>Calibration dialog</name>
    <message>
        <source>No calibration installed: a newsroom calibration is fitted on the shipped calibration&apos;s measurements, and none is in place. Nothing was changed.</source>
        <translation>未安装校准：机构自己的校准要基于随附校准的测量结果来拟合，而当前没有随附校准。未做任何更改。</translation>
    </message>
    <message>
        <source>The shipped calibration cannot be used: {reason}.</source>
        <translation>随附的校准无法使用：{reason}。</translation>
    </message>
    <message>
        <source>Too few decided clips: {reason}. Nothing was changed.</source>
        <translation>已处理的片段太少：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>Calibrate clip evidence on decided clips</source>
        <translation>用已处理的片段校准片段级证据</translation>
    </message>
    <message>
        <source>Reading the case&apos;s decided clips…</source>
        <translation>正在读取案卷中已处理的片段…</translation>
    </message>
    <message>
        <source>Refitting the calibration</source>
        <translation>正在重新拟合校准</translation>
    </message>
    <message>
        <source>This newsroom&apos;s calibration</source>
        <translation>本机构的校准</translation>
    </message>
    <message>
        <source>The shipped calibration, on the same clips</source>
        <translation>随附的校准（在同一批片段上）</translation>
    </message>
    <message>
        <source>Use the newsroom&apos;s calibration</source>
        <translation>使用本机构的校准</translation>
    </message>
    <message>
        <source>Go back to the shipped calibration</source>
        <translation>改回随附的校准</translation>
    </message>
    <message>
        <source>Figures are evidence for the reviewer, not verdicts. A newsroom calibration learns from this case&apos;s own decisions, its mistakes included; compare the two on the same clips before choosing. The choice applies to figures measured from now on; the listed clips are measured again under it.</source>
        <translation>这些数值是供核查员参考的证据，不是核查结论。机构自己的校准从本案卷的处理结果中学习，其中的错误也会一并学到；请先在同一批片段上比较两者，再作选择。所选校准用于今后测量的数值；列表中的片段会在它之下重新测量。</translation>
    </message>
    <message>
        <source>No case is open: a newsroom calibration is fitted on a case&apos;s decided clips.</source>
        <translation>没有打开案卷：机构自己的校准要用案卷中已处理的片段来拟合。</translation>
    </message>
    <message>
        <source>Refitting on {count} decided clip(s) with measured clip evidence…</source>
        <translation>正在用 {count} 个已测量片段级证据的已处理片段重新拟合…</translation>
    </message>
    <message>
        <source>Refitting the clip evidence</source>
        <translation>正在重新拟合片段级证据</translation>
    </message>
    <message>
        <source>In use now: {name}.</source>
        <translation>正在使用：{name}。</translation>
    </message>
    <message>
        <source>No calibration is installed.</source>
        <translation>未安装校准。</translation>
    </message>
    <message>
        <source>Both measured on the same decided clips of this case:</source>
        <translation>两者都在本案卷的同一批已处理片段上测量：</translation>
    </message>
    <message>
        <source>Fitted on {clips}.</source>
        <translation>拟合所用数据：{clips}。</translation>
    </message>
    <message>
        <source>Left out: {count} decided clip(s) measured by other detector versions.</source>
        <translation>未纳入：{count} 个由其他版本检测器测量的已处理片段。</translation>
    </message>
    <message>
        <source>No decided clip left out.</source>
        <translation>所有已处理片段均已纳入。</translation>
    </message>
    <message>
        <source>these decided clips (it never saw them)</source>
        <translation>这些已处理片段（它从未见过）</translation>
    </message>
    <message>
        <source>Where it was measured before:</source>
        <translation>此前的测量情况：</translation>
    </message>
    <message>
        <source>Choosing the calibration</source>
        <translation>正在选择校准</translation>
    </message>
    <message>
        <source>In use now: {name}. The listed clips are being measured again under it, in the background.</source>
        <translation>正在使用：{name}。列表中的片段正在后台以它重新测量。</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>Saved: {change}</source>
        <translation>已保存：{change}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>已重做：{change}</translation>
    </message>
    <message>
        <source>Claim from the line: {change}</source>
        <translation>由该行文字生成说法：{change}</translation>
    </message>
    <message>
        <source>The case database could not do that ({error}); see the log.</source>
        <translation>案卷数据库无法完成此操作（{error}）；请查看日志。</translation>
    </message>
    <message>
        <source>The case is now the backup {backup}; the file it replaced is kept as {kept}.</source>
        <translation>案卷已换成备份 {backup}；被替换的文件保留为 {kept}。</translation>
    </message>
    <message>
        <source>Open a clip first: work is saved with the clip it is about.</source>
        <translation>请先打开一个片段：核查工作随所涉片段一起保存。</translation>
    </message>
    <message>
        <source>The case database is not open; see the message shown when ReelCheck started.</source>
        <translation>案卷数据库未打开；请查看 ReelCheck 启动时显示的消息。</translation>
    </message>
    <message>
        <source>No case database</source>
        <translation>无案卷数据库</translation>
    </message>
    <message>
        <source>Restore case &amp;backup…</source>
        <translation>恢复案卷备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Put one of the case database&apos;s daily backups in place of it (the current file is kept)</source>
        <translation>用案卷数据库的某个每日备份替换它（当前文件会保留）</translation>
    </message>
    <message>
        <source>Restore a case backup</source>
        <translation>恢复案卷备份</translation>
    </message>
    <message>
        <source>Case backups (*.db);;All files (*)</source>
        <translation>案卷备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the case database {case} with the backup {backup}?

The current file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>用备份 {backup} 替换案卷数据库 {case} 吗？

当前文件会改名后保留在旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Team case: {case}</source>
        <translation>团队案卷：{case}</translation>
    </message>
    <message>
        <source>Shared with your team on {case}: every change is saved there as it is made, and your colleagues&apos; appear here within seconds.</source>
        <translation>与团队共享于 {case}：每项更改一经做出即保存在那里，同事的更改几秒内就会显示在这里。</translation>
    </message>
    <message>
        <source>Case: {file}</source>
        <translation>案卷：{file}</translation>
    </message>
    <message>
        <source>Every change is saved in {path} as it is made.</source>
        <translation>每一处修改都会即时保存到 {path}。</translation>
    </message>
    <message>
        <source>Case database unusable</source>
        <translation>案卷数据库无法使用</translation>
    </message>
    <message>
        <source>The case database cannot be used</source>
        <translation>无法使用案卷数据库</translation>
    </message>
</context>
<context>
    <name>Case search</name>
    <message>
        <source>Type to search every clip in the case database.</source>
        <translation>输入文字，搜索案卷数据库中的所有片段。</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>搜索所有案卷</translation>
    </message>
    <message>
        <source>Words from a claim, a source, a note or a verdict, in any language</source>
        <translation>说法、信源、备注或核查结论中的文字，任何语言均可</translation>
    </message>
    <message>
        <source>Text to search for</source>
        <translation>要搜索的文字</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>{count} found for “{text}”; double-click one to go to it (its clip opens).</source>
        <translation>找到 {count} 条“{text}”；双击一条即可跳转（会打开其片段）。</translation>
    </message>
    <message>
        <source>Nothing in the case database has “{text}”.</source>
        <translation>案卷数据库中没有“{text}”。</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>&amp;New claim</source>
        <translation>新建说法(&amp;N)</translation>
    </message>
    <message>
        <source>A claim on the in/out marks, or on this frame</source>
        <translation>在入点/出点之间或当前帧上新建说法</translation>
    </message>
    <message>
        <source>Claim on the &amp;marks</source>
        <translation>说法对齐入出点(&amp;M)</translation>
    </message>
    <message>
        <source>The selected claim to the in/out marks</source>
        <translation>把所选说法对齐到入点/出点</translation>
    </message>
    <message>
        <source>Go to the claims &amp;list</source>
        <translation>转到说法列表(&amp;L)</translation>
    </message>
    <message>
        <source>The keyboard in the claims list</source>
        <translation>把键盘焦点移到说法列表</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>删除说法(&amp;D)</translation>
    </message>
    <message>
        <source>Out of the case (Ctrl+Z brings it back)</source>
        <translation>从案卷中移除（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>&amp;Search all cases…</source>
        <translation>搜索所有案卷(&amp;S)…</translation>
    </message>
    <message>
        <source>Claims, sources, notes and verdicts on every clip</source>
        <translation>搜索所有片段上的说法、信源、备注和核查结论</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what}（{keys}）</translation>
    </message>
    <message>
        <source>Open a clip first: claims are saved with the clip.</source>
        <translation>请先打开一个片段：说法随片段一起保存。</translation>
    </message>
    <message>
        <source>Set an in or out mark first (I, O).</source>
        <translation>请先设置入点或出点（I、O）。</translation>
    </message>
    <message>
        <source>Opening {clip} at that {kind}…</source>
        <translation>正在打开 {clip}，并转到该{kind}…</translation>
    </message>
    <message>
        <source>That {kind} is on this clip: {text}</source>
        <translation>该{kind}就在此片段上：{text}</translation>
    </message>
</context>
<context>
    <name>Claims panel</name>
    <message>
        <source>No claims yet. Set in and out marks (I, O) on the timeline, then New claim.</source>
        <translation>还没有说法。先在时间轴上设置入点和出点（I、O），再点“新建说法”。</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>新建说法</translation>
    </message>
    <message>
        <source>A claim on the in/out marks, or on the frame on screen (Ctrl+Shift+N)</source>
        <translation>在入点/出点之间或当前画面帧上新建说法（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Claims of this clip</source>
        <translation>此片段的说法</translation>
    </message>
    <message>
        <source>First frame of the claim</source>
        <translation>说法的起始帧</translation>
    </message>
    <message>
        <source>Last frame of the claim</source>
        <translation>说法的结束帧</translation>
    </message>
    <message>
        <source>Set from marks</source>
        <translation>取自入出点</translation>
    </message>
    <message>
        <source>Put this claim on the timeline&apos;s in/out marks</source>
        <translation>把此说法对齐到时间轴上的入点/出点</translation>
    </message>
    <message>
        <source>The claim, as the clip makes it</source>
        <translation>片段中的说法原文</translation>
    </message>
    <message>
        <source>Who makes it (narrator, caption, account…)</source>
        <translation>说法来自谁（旁白、字幕、账号…）</translation>
    </message>
    <message>
        <source>Why it has this rating</source>
        <translation>给出此评级的理由</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>删除说法</translation>
    </message>
    <message>
        <source>Take this claim out of the case (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>把此说法从案卷中移除（在列表中按 Del；Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>声称者</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Checked before</source>
        <translation>此前核查过</translation>
    </message>
    <message>
        <source>Claims like this one on other clips in the case</source>
        <translation>案卷中其他片段上与此相似的说法</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>{claim}

Rated: {rating}
On: {clip}</source>
        <translation>{claim}

评级：{rating}
片段：{clip}</translation>
    </message>
    <message>
        <source>Checked before on other clips ({count})</source>
        <translation>其他片段上核查过的相似说法（{count}）</translation>
    </message>
    <message>
        <source>Checked before: no claim like this on other clips</source>
        <translation>此前核查过：其他片段上没有相似的说法</translation>
    </message>
    <message>
        <source>Checked before: claims like this one on other clips appear here</source>
        <translation>此前核查过：其他片段上的相似说法会显示在这里</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无文字）</translation>
    </message>
    <message>
        <source>{span} (frames {first}–{last})

{claim}</source>
        <translation>{span}（第 {first}–{last} 帧）

{claim}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Clip evidence</name>
    <message>
        <source>No calibration installed: a clip-level figure needs a calibration file, and none is in place. The detectors, heatmaps and score tracks work without it.</source>
        <translation>未安装校准：片段级数值需要校准文件，而当前没有。检测器、热力图和分数轨不需要它也能使用。</translation>
    </message>
    <message>
        <source>The calibration cannot be used: {reason}.</source>
        <translation>校准无法使用：{reason}。</translation>
    </message>
    <message>
        <source>Clip evidence could not be measured: {reason}.</source>
        <translation>无法测量片段级证据：{reason}。</translation>
    </message>
    <message>
        <source>Clip evidence</source>
        <translation>片段级证据</translation>
    </message>
    <message>
        <source>Measure clip &amp;evidence</source>
        <translation>测量片段级证据(&amp;E)</translation>
    </message>
    <message>
        <source>Measure the open clip&apos;s clip-level evidence again and show it in the Clip evidence panel ({keys})</source>
        <translation>重新测量已打开片段的片段级证据，并显示在“片段级证据”面板中（{keys}）</translation>
    </message>
    <message>
        <source>&amp;Calibrate on decided clips…</source>
        <translation>用已处理的片段校准(&amp;C)…</translation>
    </message>
    <message>
        <source>Refit the clip-level evidence on this case&apos;s decided clips and choose which calibration to use</source>
        <translation>用本案卷中已处理的片段重新拟合片段级证据，并选择使用哪个校准</translation>
    </message>
    <message>
        <source>Measure clip evidence &amp;automatically</source>
        <translation>自动测量片段级证据(&amp;A)</translation>
    </message>
    <message>
        <source>Measure each listed clip&apos;s clip-level evidence in the background (a few seconds of CPU per clip); off: only when you ask</source>
        <translation>在后台测量列表中每个片段的片段级证据（每个片段占用几秒 CPU）；关闭时仅在你要求时测量</translation>
    </message>
    <message>
        <source>Clip evidence is measured when you ask: Analysis &gt; Measure clip evidence ({keys}), or turn on Analysis &gt; Measure clip evidence automatically.</source>
        <translation>片段级证据在你要求时测量：分析 &gt; 测量片段级证据（{keys}），或打开 分析 &gt; 自动测量片段级证据。</translation>
    </message>
    <message>
        <source>Open a clip: its clip-level evidence is measured in the background.</source>
        <translation>打开一个片段：其片段级证据会在后台测量。</translation>
    </message>
    <message>
        <source>Measuring the clip-level evidence of this clip…</source>
        <translation>正在测量此片段的片段级证据…</translation>
    </message>
    <message>
        <source>Measuring clip evidence</source>
        <translation>正在测量片段级证据</translation>
    </message>
    <message>
        <source>Measuring the clip-level evidence of this clip on its rendition…</source>
        <translation>正在此片段的转码版本上测量其片段级证据…</translation>
    </message>
    <message>
        <source>Measuring was cancelled.</source>
        <translation>测量已取消。</translation>
    </message>
    <message>
        <source>Probability that the clip is generated, if generated and camera clips were equally likely beforehand.</source>
        <translation>该片段为生成内容的概率（假设事先生成片段与相机拍摄片段的可能性相同）。</translation>
    </message>
    <message>
        <source>AUC {auc} ({low}-{high}, 95% interval) by {where}, on {generated} generated and {camera} camera clips</source>
        <translation>AUC {auc}（{low}-{high}，95% 区间），测量方式：{where}，基于 {generated} 个生成片段和 {camera} 个相机拍摄片段</translation>
    </message>
    <message>
        <source>AUC {auc} ({low}-{high}, 95% interval) on {where}, on {generated} generated and {camera} camera clips</source>
        <translation>AUC {auc}（{low}-{high}，95% 区间），测量数据：{where}，基于 {generated} 个生成片段和 {camera} 个相机拍摄片段</translation>
    </message>
    <message>
        <source>AUC {auc} ({low}-{high}, 95% interval) by {where}</source>
        <translation>AUC {auc}（{low}-{high}，95% 区间），测量方式：{where}</translation>
    </message>
    <message>
        <source>AUC {auc} ({low}-{high}, 95% interval) on {where}</source>
        <translation>AUC {auc}（{low}-{high}，95% 区间），测量数据：{where}</translation>
    </message>
    <message>
        <source>Its accuracy was not measured: read its figures with care.</source>
        <translation>其准确度未经测量：请谨慎解读它的数值。</translation>
    </message>
    <message>
        <source>90% interval {low}-{high}: how far the figure moves when the calibration is refitted on resamples of the clips it was fitted on.</source>
        <translation>90% 区间 {low}-{high}：在拟合所用片段的重抽样上重新拟合校准时，该数值的变动范围。</translation>
    </message>
    <message>
        <source>These scores are more than 1000 times likelier for a generated clip than for a camera clip (probability {probability}, {low}-{high}, if both were equally likely beforehand).</source>
        <translation>这些分数出现在生成片段上的可能性是出现在相机拍摄片段上的 1000 倍以上（概率 {probability}，{low}-{high}，假设事先两者的可能性相同）。</translation>
    </message>
    <message>
        <source>These scores are more than 1000 times likelier for a camera clip than for a generated clip (probability {probability}, {low}-{high}, if both were equally likely beforehand).</source>
        <translation>这些分数出现在相机拍摄片段上的可能性是出现在生成片段上的 1000 倍以上（概率 {probability}，{low}-{high}，假设事先两者的可能性相同）。</translation>
    </message>
    <message>
        <source>These scores are {times} times likelier for a generated clip than for a camera clip (probability {probability}, {low}-{high}, if both were equally likely beforehand).</source>
        <translation>这些分数出现在生成片段上的可能性是出现在相机拍摄片段上的 {times} 倍（概率 {probability}，{low}-{high}，假设事先两者的可能性相同）。</translation>
    </message>
    <message>
        <source>These scores are {times} times likelier for a camera clip than for a generated clip (probability {probability}, {low}-{high}, if both were equally likely beforehand).</source>
        <translation>这些分数出现在相机拍摄片段上的可能性是出现在生成片段上的 {times} 倍（概率 {probability}，{low}-{high}，假设事先两者的可能性相同）。</translation>
    </message>
    <message>
        <source>{name} (fitted on {clips})</source>
        <translation>{name}（拟合所用数据：{clips}）</translation>
    </message>
    <message>
        <source>Clip evidence {figure}: {meaning}</source>
        <translation>片段级证据 {figure}：{meaning}</translation>
    </message>
    <message>
        <source>Measured on {rendition}.</source>
        <translation>测量对象：{rendition}。</translation>
    </message>
    <message>
        <source>Calibration: {name}.</source>
        <translation>校准：{name}。</translation>
    </message>
</context>
<context>
    <name>Clip evidence panel</name>
    <message>
        <source>Evidence for the reviewer, not a verdict: the reviewer decides.</source>
        <translation>这是供核查员参考的证据，不是核查结论：由核查员作出判断。</translation>
    </message>
    <message>
        <source>Measuring %p%</source>
        <translation>正在测量 %p%</translation>
    </message>
    <message>
        <source>Measuring the clip-level evidence</source>
        <translation>正在测量片段级证据</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Measure the clip-level evidence of the clip on screen (Ctrl+Alt+E)</source>
        <translation>测量当前片段的片段级证据（Ctrl+Alt+E）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a clip: its clip-level evidence is measured in the background.</source>
        <translation>打开一个片段：其片段级证据会在后台测量。</translation>
    </message>
    <message>
        <source>Measured on {rendition}.</source>
        <translation>测量对象：{rendition}。</translation>
    </message>
    <message>
        <source>Calibration: {calibration}</source>
        <translation>校准：{calibration}</translation>
    </message>
    <message>
        <source>Where it can be wrong:</source>
        <translation>可能出错的情形：</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Draw &amp;rectangle</source>
        <translation>绘制矩形(&amp;R)</translation>
    </message>
    <message>
        <source>Rectangle (R)</source>
        <translation>矩形 (R)</translation>
    </message>
    <message>
        <source>Draw &amp;ellipse</source>
        <translation>绘制椭圆(&amp;E)</translation>
    </message>
    <message>
        <source>Ellipse (E)</source>
        <translation>椭圆 (E)</translation>
    </message>
    <message>
        <source>Draw &amp;arrow</source>
        <translation>绘制箭头(&amp;A)</translation>
    </message>
    <message>
        <source>Arrow (A)</source>
        <translation>箭头 (A)</translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>an arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Pin the exact frame on screen, with its overlay (P)</source>
        <translation>把屏幕上的这一精确帧连同其叠加层固定为证据（P）</translation>
    </message>
    <message>
        <source>&amp;Pin frame as evidence</source>
        <translation>将帧固定为证据(&amp;P)</translation>
    </message>
    <message>
        <source>Drag on the frame to draw {shape} on the chosen evidence frame ({key})</source>
        <translation>在画面上拖动，在所选证据帧上绘制{shape}（{key}）</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>停止绘制</translation>
    </message>
    <message>
        <source>Leave the drawing mode: dragging pans again (Esc)</source>
        <translation>退出绘制模式：拖动重新用于平移画面（Esc）</translation>
    </message>
    <message>
        <source>Remove &amp;last region</source>
        <translation>删除最后一个区域(&amp;L)</translation>
    </message>
    <message>
        <source>Take away the shape drawn last on the chosen evidence frame (Ctrl+Backspace)</source>
        <translation>删除所选证据帧上最后绘制的图形（Ctrl+Backspace）</translation>
    </message>
    <message>
        <source>Remove evidence &amp;frame</source>
        <translation>删除证据帧(&amp;F)</translation>
    </message>
    <message>
        <source>Take the chosen frame out of the evidence (Delete in the list); Undo brings it back</source>
        <translation>把所选帧从证据中移除（在列表中按 Del）；撤销可恢复</translation>
    </message>
    <message>
        <source>Evidence &amp;list</source>
        <translation>证据列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the evidence list: arrows choose, Enter goes to the frame (Ctrl+Shift+E)</source>
        <translation>转到证据列表：方向键选择，Enter 跳到该帧（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Pin frame as evidence (P)</source>
        <translation>将帧固定为证据 (P)</translation>
    </message>
    <message>
        <source>Remove last region</source>
        <translation>删除最后一个区域</translation>
    </message>
    <message>
        <source>Remove frame</source>
        <translation>删除证据帧</translation>
    </message>
    <message>
        <source>Open a clip first: evidence frames are saved with the clip they come from.</source>
        <translation>请先打开一个片段：证据帧随其所属片段一起保存。</translation>
    </message>
    <message>
        <source>The picture on screen is a preview, not the exact frame: wait for it, then pin again.</source>
        <translation>屏幕上的画面是预览，不是精确帧：请等精确帧显示后再固定。</translation>
    </message>
    <message>
        <source>This frame was pinned with {overlays}, which is not loaded here.</source>
        <translation>此帧固定时开着 {overlays}，但这里没有加载它。</translation>
    </message>
    <message>
        <source>Choose an evidence frame first (Ctrl+Shift+E goes to the list).</source>
        <translation>请先选择一个证据帧（Ctrl+Shift+E 转到列表）。</translation>
    </message>
    <message>
        <source>No region is drawn on this evidence frame.</source>
        <translation>此证据帧上没有绘制区域。</translation>
    </message>
    <message>
        <source>Pin a frame (P) or choose one in the Evidence panel, then draw on it.</source>
        <translation>先固定一帧（P）或在“证据”面板中选择一帧，然后在上面绘制。</translation>
    </message>
    <message>
        <source>Drag on the frame to draw {shape} on frame {number}. Esc stops drawing.</source>
        <translation>在画面上拖动，在第 {number} 帧上绘制{shape}。按 Esc 停止绘制。</translation>
    </message>
    <message>
        <source>Regions go on the evidence frame, {number}: go back to it (Enter in the Evidence panel).</source>
        <translation>区域要画在证据帧（第 {number} 帧）上：请回到该帧（在“证据”面板中按 Enter）。</translation>
    </message>
    <message>
        <source>Drag across the frame to draw {shape}.</source>
        <translation>在画面上拖动以绘制{shape}。</translation>
    </message>
    <message>
        <source>The frame could not be prepared as evidence; see the log.</source>
        <translation>无法把此帧准备为证据；请查看日志。</translation>
    </message>
</context>
<context>
    <name>Evidence panel</name>
    <message>
        <source>Evidence frames</source>
        <translation>证据帧</translation>
    </message>
    <message>
        <source>Remove the chosen evidence frame (in the evidence list)</source>
        <translation>删除所选证据帧（在证据列表中）</translation>
    </message>
    <message>
        <source>No evidence frames yet. Stop on a frame that shows the problem, turn on the overlay that shows it, and pin it (P); then draw a rectangle (R), an ellipse (E) or an arrow (A) on it.</source>
        <translation>还没有证据帧。停在显示问题的那一帧，打开能显示问题的叠加层，然后固定它（P）；再在上面绘制矩形（R）、椭圆（E）或箭头（A）。</translation>
    </message>
    <message>
        <source>&amp;Note on this frame</source>
        <translation>此帧的备注(&amp;N)</translation>
    </message>
    <message>
        <source>What this frame shows, and why it matters. Saved as you type.</source>
        <translation>此帧显示了什么，为什么重要。输入时自动保存。</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>尚无备注</translation>
    </message>
    <message>
        <source>no region drawn</source>
        <translation>未绘制区域</translation>
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
        <source>Plain frame</source>
        <translation>原始画面</translation>
    </message>
    <message>
        <source>Frame {number} · {timecode}</source>
        <translation>第 {number} 帧 · {timecode}</translation>
    </message>
    <message>
        <source>Frame {number}
{timecode}</source>
        <translation>第 {number} 帧
{timecode}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Publishing organisation</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>e.g. Example Fact Check</source>
        <translation>例如：某某事实核查</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>网址(&amp;W)</translation>
    </message>
    <message>
        <source>Dossiers name this organisation as the author of their reviews.</source>
        <translation>核查报告会把此机构列为核查的作者。</translation>
    </message>
    <message>
        <source>organisation URL</source>
        <translation>机构网址</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>导出核查报告</translation>
    </message>
    <message>
        <source>The folder to write into</source>
        <translation>要写入的文件夹</translation>
    </message>
    <message>
        <source>Folder to write the dossier into</source>
        <translation>核查报告写入的文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;PDF for people: verdict, claims, score charts, evidence frames, audit trail</source>
        <translation>供人阅读的 PDF(&amp;P)：核查结论、说法、分数图表、证据帧、审计记录</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation>写好后打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Signed &amp;JSON for machines, with ClaimReview and MediaReview and the evidence PNGs</source>
        <translation>供机器读取的已签名 JSON(&amp;J)，含 ClaimReview、MediaReview 和证据 PNG 图片</translation>
    </message>
    <message>
        <source>Include each analyzer&apos;s per-frame &amp;scores in the JSON</source>
        <translation>在 JSON 中包含每个分析器的逐帧分数(&amp;S)</translation>
    </message>
    <message>
        <source>The dossier of {clip}, tied to the clip&apos;s SHA-256.</source>
        <translation>{clip} 的核查报告，与该片段的 SHA-256 绑定。</translation>
    </message>
    <message>
        <source>A draft: {reasons}. Every page of the PDF will say so.</source>
        <translation>这是草稿：{reasons}。PDF 的每一页都会注明。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export the dossier into</source>
        <translation>将核查报告导出到</translation>
    </message>
    <message>
        <source>Choose the folder to write the dossier into.</source>
        <translation>请选择写入核查报告的文件夹。</translation>
    </message>
    <message>
        <source>Choose the PDF, the JSON, or both.</source>
        <translation>请选择 PDF、JSON 或两者。</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>导出核查报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the clip&apos;s dossier: a PDF and a signed JSON with the evidence (Ctrl+E)</source>
        <translation>写出该片段的核查报告：一份 PDF 和一份附带证据的已签名 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Publishing organisation…</source>
        <translation>发布机构(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a clip of the case first: a dossier is about one clip.</source>
        <translation>请先打开案卷中的一个片段：一份核查报告针对一个片段。</translation>
    </message>
    <message>
        <source>A dossier is being written already.</source>
        <translation>已有一份核查报告正在写出。</translation>
    </message>
    <message>
        <source>Exporting the dossier</source>
        <translation>正在导出核查报告</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>核查报告</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>核查报告已写入 {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this machine.</source>
        <translation>这台电脑上没有找到能打开 PDF 文件的程序。</translation>
    </message>
    <message>
        <source>No file manager could be opened to show its folder.</source>
        <translation>无法打开文件管理器来显示其所在文件夹。</translation>
    </message>
    <message>
        <source>The dossier was written</source>
        <translation>核查报告已写出</translation>
    </message>
    <message>
        <source>{why}

The dossier is at:
{path}</source>
        <translation>{why}

核查报告位于：
{path}</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copied {path}</source>
        <translation>已复制 {path}</translation>
    </message>
    <message>
        <source>The dossier was not written</source>
        <translation>核查报告未能写出</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>True</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>基本属实</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>真假参半</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>基本不实</translation>
    </message>
    <message>
        <source>False</source>
        <translation>不实</translation>
    </message>
    <message>
        <source>Missing context</source>
        <translation>缺少背景</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>无法核实</translation>
    </message>
    <message>
        <source>Satire</source>
        <translation>讽刺内容</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Add &amp;source</source>
        <translation>添加信源(&amp;S)</translation>
    </message>
    <message>
        <source>Attach a new source to the claim, or to the clip when no claim is chosen</source>
        <translation>为说法添加新信源；未选择说法时添加到片段</translation>
    </message>
    <message>
        <source>Re&amp;move source</source>
        <translation>删除信源(&amp;M)</translation>
    </message>
    <message>
        <source>Take the chosen source out of the case (Undo brings it back)</source>
        <translation>把所选信源从案卷中移除（撤销可恢复）</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>核查结论(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the verdict: the assessment, rating, summary and status</source>
        <translation>转到核查结论：判定、评级、摘要和状态</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信源</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Sources and verdict</source>
        <translation>信源与核查结论</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what}（{keys}）</translation>
    </message>
    <message>
        <source>The verdict was not saved: its clip was closed first.</source>
        <translation>核查结论未保存：其片段已先被关闭。</translation>
    </message>
    <message>
        <source>Opened {link} in the browser</source>
        <translation>已在浏览器中打开 {link}</translation>
    </message>
</context>
<context>
    <name>Review status</name>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Needs second opinion</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Search hit</name>
    <message>
        <source>claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>source</source>
        <translation>信源</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>证据备注</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>subtitle line</source>
        <translation>字幕行</translation>
    </message>
    <message>
        <source>line of on-screen text</source>
        <translation>画面文字行</translation>
    </message>
    <message>
        <source>line</source>
        <translation>文字行</translation>
    </message>
</context>
<context>
    <name>Sources panel</name>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>The article&apos;s or post&apos;s title</source>
        <translation>文章或帖子的标题</translation>
    </message>
    <message>
        <source>Pu&amp;blisher</source>
        <translation>发布者(&amp;B)</translation>
    </message>
    <message>
        <source>Filled from the link&apos;s site</source>
        <translation>根据链接的网站自动填写</translation>
    </message>
    <message>
        <source>Publishe&amp;d</source>
        <translation>发布日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2025-03-14</translation>
    </message>
    <message>
        <source>A&amp;ccessed</source>
        <translation>访问日期(&amp;C)</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>存档(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>The passage that matters, as written (any language)</source>
        <translation>相关段落，照原文（任何语言）</translation>
    </message>
    <message>
        <source>Open a clip to attach sources.</source>
        <translation>打开一个片段即可添加信源。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信源</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>删除信源</translation>
    </message>
    <message>
        <source>Add s&amp;ource</source>
        <translation>添加信源(&amp;O)</translation>
    </message>
    <message>
        <source>Attach a new source to the claim (or to the clip when no claim is chosen)</source>
        <translation>为说法添加新信源（未选择说法时添加到片段）</translation>
    </message>
    <message>
        <source>Re&amp;move source</source>
        <translation>删除信源(&amp;M)</translation>
    </message>
    <message>
        <source>Take the chosen source out of the case (Delete in the list); Undo restores it</source>
        <translation>把所选信源从案卷中移除（在列表中按 Del）；撤销可恢复</translation>
    </message>
    <message>
        <source>No stance</source>
        <translation>无立场</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open this link in the system browser (http and https links only)</source>
        <translation>在系统浏览器中打开此链接（仅限 http 和 https 链接）</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>立场(&amp;S)</translation>
    </message>
    <message>
        <source>Only http:// and https:// links are opened.</source>
        <translation>只会打开 http:// 和 https:// 链接。</translation>
    </message>
    <message>
        <source>Sources of the clip itself (no claim chosen)</source>
        <translation>片段本身的信源（未选择说法）</translation>
    </message>
    <message>
        <source>Sources of the claim: {claim}</source>
        <translation>说法的信源：{claim}</translation>
    </message>
    <message>
        <source>Sources of claim {number}</source>
        <translation>说法 {number} 的信源</translation>
    </message>
    <message>
        <source>Open {link} in the system browser</source>
        <translation>在系统浏览器中打开 {link}</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>尚无链接</translation>
    </message>
    <message>
        <source>Choose or add a source</source>
        <translation>选择或添加一个信源</translation>
    </message>
    <message>
        <source>New source (no link yet)</source>
        <translation>新信源（尚无链接）</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>refutes</source>
        <translation>反驳</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
</context>
<context>
    <name>Trusted signers</name>
    <message>
        <source>A signed dossier is verified only when the key that signed it is one you trust: your own key on this machine, or one in the organisation&apos;s trusted keys file (a key anyone made under a colleague&apos;s name is not). Ask colleagues for the output of “reelcheck key export” and check each fingerprint with them; the file can mark a key revoked or replaced (see “reelcheck verify --help”). The file is read again at every check, so a key revoked in it stops being trusted at once.</source>
        <translation>只有签名所用的密钥是你信任的密钥时，已签名的核查报告才能通过验证：你在这台电脑上的密钥，或机构受信任密钥文件中的密钥（任何人以同事名义生成的密钥都不算）。请同事提供“reelcheck key export”的输出，并与他们逐一核对指纹；该文件可以把密钥标为已吊销或已替换（见“reelcheck verify --help”）。每次验证都会重新读取该文件，因此在其中吊销的密钥会立即失去信任。</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>受信任的签名者</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹 (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>受信任的密钥</translation>
    </message>
    <message>
        <source>&amp;Choose keys file…</source>
        <translation>选择密钥文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Stop using it</source>
        <translation>停止使用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export my public key…</source>
        <translation>导出我的公钥(&amp;E)…</translation>
    </message>
    <message>
        <source>{problem} Until it is fixed, only your own keys count.</source>
        <translation>{problem} 在修复之前，只有你自己的密钥有效。</translation>
    </message>
    <message>
        <source>Trusted keys file: {path}</source>
        <translation>受信任密钥文件：{path}</translation>
    </message>
    <message>
        <source>Trusted keys file: none chosen</source>
        <translation>受信任密钥文件：未选择</translation>
    </message>
    <message>
        <source>Trusted keys file</source>
        <translation>受信任密钥文件</translation>
    </message>
    <message>
        <source>Keys (*.keys *.pem *.txt);;All files (*)</source>
        <translation>密钥 (*.keys *.pem *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{problem} The file was not chosen.</source>
        <translation>{problem} 未选用该文件。</translation>
    </message>
    <message>
        <source>Could not keep the choice: {reason}.</source>
        <translation>无法保存此选择：{reason}。</translation>
    </message>
    <message>
        <source>{signing}; written to {path}: hand it over and read them the fingerprint.</source>
        <translation>{signing}；已写入 {path}：把它交给同事，并向他们读出指纹。</translation>
    </message>
</context>
<context>
    <name>Verdict panel</name>
    <message>
        <source>Open a clip to record a verdict on it.</source>
        <translation>打开一个片段即可记录对它的核查结论。</translation>
    </message>
    <message>
        <source>No verdict yet: choosing an assessment or a rating records one.</source>
        <translation>尚无核查结论：选择判定或评级即会记录。</translation>
    </message>
    <message>
        <source>Saved as you choose; the time and your name are recorded when the assessment or rating changes.</source>
        <translation>选择即保存；判定或评级改变时会记录时间和你的姓名。</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>链接(&amp;K)</translation>
    </message>
    <message>
        <source>https://… where the clip was posted</source>
        <translation>https://… 片段发布的网址</translation>
    </message>
    <message>
        <source>Pla&amp;tform</source>
        <translation>平台(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Uploader</source>
        <translation>上传者(&amp;U)</translation>
    </message>
    <message>
        <source>Account that posted it</source>
        <translation>发布它的账号</translation>
    </message>
    <message>
        <source>Upload &amp;date</source>
        <translation>上传日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2025-03-14</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <source>Title as posted</source>
        <translation>发布时的标题</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>描述(&amp;C)</translation>
    </message>
    <message>
        <source>Description as posted</source>
        <translation>发布时的描述</translation>
    </message>
    <message>
        <source>Verdict on this clip</source>
        <translation>对此片段的核查结论</translation>
    </message>
    <message>
        <source>Assess&amp;ment</source>
        <translation>判定(&amp;M)</translation>
    </message>
    <message>
        <source>Co&amp;ntent rating</source>
        <translation>内容评级(&amp;N)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>What the review found, in a few lines</source>
        <translation>用几行文字写出核查发现</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>摘要(&amp;Y)</translation>
    </message>
    <message>
        <source>Clip source</source>
        <translation>片段来源</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the clip&apos;s page in the system browser (http and https only)</source>
        <translation>在系统浏览器中打开片段所在页面（仅限 http 和 https）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>schema.org MediaReview: {category}</source>
        <translation>schema.org MediaReview 类别：{category}</translation>
    </message>
    <message>
        <source>{when} by an unnamed reviewer</source>
        <translation>{when}，由未署名的核查员判定</translation>
    </message>
    <message>
        <source>{when} by {reviewer}</source>
        <translation>{when}，由 {reviewer} 判定</translation>
    </message>
</context>
</TS>
