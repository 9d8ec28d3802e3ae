<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Dossier</name>
    <message>
        <source>no publishing organisation named</source>
        <translation>未指定发布机构</translation>
    </message>
    <message>
        <source>no verdict recorded</source>
        <translation>未记录核查结论</translation>
    </message>
    <message>
        <source>1 claim not rated</source>
        <translation>1 条说法未评级</translation>
    </message>
    <message>
        <source>{count} claims not rated</source>
        <translation>{count} 条说法未评级</translation>
    </message>
    <message>
        <source>frame {number}</source>
        <translation>第 {number} 帧</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Dossier PDF</name>
    <message>
        <source>Verification dossier: {clip}</source>
        <translation>核查报告：{clip}</translation>
    </message>
    <message>
        <source>DRAFT: {reasons}</source>
        <translation>草稿：{reasons}</translation>
    </message>
    <message>
        <source>{organisation} · verification dossier · {clip}</source>
        <translation>{organisation} · 核查报告 · {clip}</translation>
    </message>
    <message>
        <source>Clip SHA-256 {sha256}</source>
        <translation>片段 SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB（{bytes} 字节）</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} 字节</translation>
    </message>
    <message>
        <source>No authenticity assessment</source>
        <translation>无真实性评估</translation>
    </message>
    <message>
        <source>The reviewer wrote no summary.</source>
        <translation>核查员未撰写摘要。</translation>
    </message>
    <message>
        <source>{reviewer}, {date}</source>
        <translation>{reviewer}，{date}</translation>
    </message>
    <message>
        <source>unnamed reviewer</source>
        <translation>未署名的核查员</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No verdict recorded</source>
        <translation>未记录核查结论</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>上传者</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Prepared by {reviewer} on {date} with {tool}</source>
        <translation>由 {reviewer} 于 {date} 使用 {tool} 编制</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>一位未署名的核查员</translation>
    </message>
    <message>
        <source>{organisation} · VERIFICATION DOSSIER</source>
        <translation>{organisation} · 核查报告</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Draft, not final: {reasons}.</source>
        <translation>草稿，尚非最终版本：{reasons}。</translation>
    </message>
    <message>
        <source>The clip</source>
        <translation>视频片段</translation>
    </message>
    <message>
        <source>Frames across the clip</source>
        <translation>片段中的各处画面</translation>
    </message>
    <message>
        <source>Detector scores in this dossier are evidence for a reviewer to weigh, never verdicts on their own. The verdict above is the reviewer&apos;s. Every page carries the clip&apos;s SHA-256: the dossier is about that exact file and no other copy.</source>
        <translation>本报告中的检测器分数是供核查员权衡的证据，其本身绝不构成核查结论。上方的核查结论由核查员作出。每一页都印有该片段的 SHA-256：本报告针对的正是这个文件，而非其他任何副本。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>No claims were marked on this clip.</source>
        <translation>该片段上未标记任何说法。</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Claimed by {claimant}</source>
        <translation>说法提出者：{claimant}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Explanation and sources</source>
        <translation>说明与信源</translation>
    </message>
    <message>
        <source>Sources about the clip</source>
        <translation>关于该片段的信源</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Said then</source>
        <translation>同时所说</translation>
    </message>
    <message>
        <source>Shown then</source>
        <translation>同时画面上</translation>
    </message>
    <message>
        <source>and 1 more line</source>
        <translation>另有 1 行</translation>
    </message>
    <message>
        <source>and {count} more lines</source>
        <translation>另有 {count} 行</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>存档副本</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>访问于 {date}</translation>
    </message>
    <message>
        <source>Detector scores over time</source>
        <translation>检测器分数随时间变化</translation>
    </message>
    <message>
        <source>No detector was run over the whole clip, so there are no score charts.</source>
        <translation>没有检测器分析过整个片段，因此没有分数图表。</translation>
    </message>
    <message>
        <source>Each chart shows one detector&apos;s score for every analysed frame. Shaded bands are the claims&apos; time ranges, numbered as in the claims table; E marks an evidence frame. A high score is a cue worth looking at, not proof: see Method and limitations for what each detector measures and how it fails.</source>
        <translation>每张图表显示一个检测器对每个已分析帧的分数。阴影带是各说法的时间范围，编号与说法表一致；E 标记证据帧。高分只是值得查看的线索，而非证明：各检测器测量什么、在什么情况下会出错，见“方法与局限”。</translation>
    </message>
    <message>
        <source>peak {peak}, mean {mean}, 90th percentile {p90}</source>
        <translation>峰值 {peak}，均值 {mean}，第 90 百分位 {p90}</translation>
    </message>
    <message>
        <source>no frames analysed</source>
        <translation>未分析任何帧</translation>
    </message>
    <message>
        <source>version {version} · {frames} frames · {statistics} · run on {provider}</source>
        <translation>版本 {version} · {frames} 帧 · {statistics} · 运行设备 {provider}</translation>
    </message>
    <message>
        <source>Clip-level evidence</source>
        <translation>片段级证据</translation>
    </message>
    <message>
        <source>This dossier does not say whether a clip-level figure was measured.</source>
        <translation>本报告未说明是否测量过片段级数值。</translation>
    </message>
    <message>
        <source>The detector results below are the only scores in this dossier.</source>
        <translation>下方的检测器结果是本报告中仅有的分数。</translation>
    </message>
    <message>
        <source>PROBABILITY THAT THE CLIP IS GENERATED, {prior}</source>
        <translation>该片段为生成内容的概率（{prior}）</translation>
    </message>
    <message>
        <source>{percent}% interval {low}–{high}</source>
        <translation>{percent}% 区间 {low}–{high}</translation>
    </message>
    <message>
        <source>likelihood ratio {ratio}</source>
        <translation>似然比 {ratio}</translation>
    </message>
    <message>
        <source>{name} (not the one in use)</source>
        <translation>{name}（非当前使用的校准）</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量所用版本</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Calibration SHA-256</source>
        <translation>校准 SHA-256</translation>
    </message>
    <message>
        <source>Fitted on</source>
        <translation>拟合数据</translation>
    </message>
    <message>
        <source>not stated by the calibration</source>
        <translation>校准未说明</translation>
    </message>
    <message>
        <source>Its accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <source>{analyzer} {version}: mean {mean}, 90th percentile {p90} over {frames} frames</source>
        <translation>{analyzer} {version}：{frames} 帧的均值 {mean}，第 90 百分位 {p90}</translation>
    </message>
    <message>
        <source>From the scores</source>
        <translation>依据的分数</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>{what_it_is} The interval is the {interval}. The calibration&apos;s known failure modes are listed under Method and limitations.</source>
        <translation>{what_it_is}所列区间即{interval}。该校准已知的失效情形列于“方法与局限”。</translation>
    </message>
    <message>
        <source>These scores are more than 1000 times likelier for a generated clip than for a camera clip.</source>
        <translation>这些分数出现在生成片段中的可能性是出现在实拍片段中的 1000 倍以上。</translation>
    </message>
    <message>
        <source>These scores are more than 1000 times likelier for a camera clip than for a generated clip.</source>
        <translation>这些分数出现在实拍片段中的可能性是出现在生成片段中的 1000 倍以上。</translation>
    </message>
    <message>
        <source>These scores are {times} times likelier for a generated clip than for a camera clip.</source>
        <translation>这些分数出现在生成片段中的可能性是出现在实拍片段中的 {times} 倍。</translation>
    </message>
    <message>
        <source>These scores are {times} times likelier for a camera clip than for a generated clip.</source>
        <translation>这些分数出现在实拍片段中的可能性是出现在生成片段中的 {times} 倍。</translation>
    </message>
    <message>
        <source>under a prior the dossier does not know</source>
        <translation>先验概率未知</translation>
    </message>
    <message>
        <source>if generated and camera clips were equally likely beforehand</source>
        <translation>假设事先生成片段与实拍片段的可能性相同</translation>
    </message>
    <message>
        <source>if {share} of clips were generated beforehand</source>
        <translation>假设事先有 {share} 的片段为生成内容</translation>
    </message>
    <message>
        <source>AUC not stated</source>
        <translation>AUC 未说明</translation>
    </message>
    <message>
        <source>{auc}, {where}, {generated} generated and {camera} camera clips</source>
        <translation>{auc}，{where}，{generated} 个生成片段和 {camera} 个实拍片段</translation>
    </message>
    <message>
        <source>Evidence frames</source>
        <translation>证据帧</translation>
    </message>
    <message>
        <source>No evidence frames were pinned.</source>
        <translation>未固定任何证据帧。</translation>
    </message>
    <message>
        <source>none (the frame as decoded)</source>
        <translation>无（解码所得的原始帧）</translation>
    </message>
    <message>
        <source>frame {number}</source>
        <translation>第 {number} 帧</translation>
    </message>
    <message>
        <source>overlay: {overlay}</source>
        <translation>叠加层：{overlay}</translation>
    </message>
    <message>
        <source>1 region marked</source>
        <translation>标记了 1 个区域</translation>
    </message>
    <message>
        <source>{count} regions marked</source>
        <translation>标记了 {count} 个区域</translation>
    </message>
    <message>
        <source>not drawn here: {overlays}</source>
        <translation>此处未绘制：{overlays}</translation>
    </message>
    <message>
        <source>Provenance and media facts</source>
        <translation>来源信息与媒体信息</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>制作工具</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者状态</translation>
    </message>
    <message>
        <source>{action}: {source}</source>
        <translation>{action}：{source}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{mark}: {matched} of {total} bits match ({strength})</source>
        <translation>{mark}：{total} 位中有 {matched} 位匹配（{strength}）</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>{title} ({relationship}, declares generative AI)</source>
        <translation>{title}（{relationship}，声明使用生成式 AI）</translation>
    </message>
    <message>
        <source>{title} ({relationship})</source>
        <translation>{title}（{relationship}）</translation>
    </message>
    <message>
        <source>Method and limitations</source>
        <translation>方法与局限</translation>
    </message>
    <message>
        <source>The reviewer watched the clip frame by frame in ReelCheck, with the detectors below drawn over the picture as heatmaps and their scores plotted under the timeline. Detectors measure low-level cues that generators often leave; ordinary re-encoding, resizing, filters and low bitrates leave some of the same cues and remove others. A score therefore says where to look, never what a clip is. Claims were checked against the sources listed with them.</source>
        <translation>核查员在 ReelCheck 中逐帧观看了该片段，下列检测器以热力图叠加在画面上，其分数绘制在时间轴下方。检测器测量的是生成模型常留下的底层痕迹；普通的重新编码、缩放、滤镜和低码率也会留下其中一些痕迹，并抹去另一些。因此，分数只提示该看哪里，绝不说明片段是什么。各说法已对照其所列信源进行核查。</translation>
    </message>
    <message>
        <source>No detector was run over the whole clip.</source>
        <translation>没有检测器分析过整个片段。</translation>
    </message>
    <message>
        <source>This detector is not in the installation that wrote the dossier; its description is missing.</source>
        <translation>生成本报告的安装中没有此检测器，因此缺少其说明。</translation>
    </message>
    <message>
        <source>id {id} · version {version} · model SHA-256 {sha256}</source>
        <translation>ID {id} · 版本 {version} · 模型 SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>What it measures:</source>
        <translation>测量内容：</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>Clip-level evidence: calibration {name}</source>
        <translation>片段级证据：校准 {name}</translation>
    </message>
    <message>
        <source>The clip was re-encoded the way the calibration&apos;s training clips were ({rendition}); the detectors scored every frame of that, and a logistic model fitted on clips known to be generated or camera footage turned their statistics ({features}) into the figure. It is only as good as those clips are like this one.</source>
        <translation>该片段按校准训练片段的方式重新编码（{rendition}）；检测器为其每一帧打分，再由一个在已知生成片段和实拍片段上拟合的逻辑回归模型，将这些分数的统计量（{features}）换算为该数值。这些训练片段与本片段越相似，该数值才越可靠。</translation>
    </message>
    <message>
        <source>calibration SHA-256 {sha256}</source>
        <translation>校准 SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>Known to mislead when:</source>
        <translation>已知在以下情况下会产生误导：</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>No edits are recorded for this clip.</source>
        <translation>该片段没有任何编辑记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Every edit made to this clip&apos;s review, oldest first.</source>
        <translation>对该片段核查所做的每一次编辑，按时间先后排列。</translation>
    </message>
</context>
<context>
    <name>Dossier clip-level evidence</name>
    <message>
        <source>Evidence for the reviewer to weigh, never a verdict: it says how much likelier the clip&apos;s detector scores are for a generated clip than for a camera clip, as far as its calibration&apos;s training clips tell.</source>
        <translation>这是供核查员权衡的证据，绝非核查结论：它表示就校准训练片段所能说明的范围而言，该片段的检测器分数出现在生成片段中的可能性比出现在实拍片段中高多少。</translation>
    </message>
    <message>
        <source>{percent}% interval: the spread of the figure over the calibration refitted on bootstrap resamples of its training sources</source>
        <translation>{percent}% 区间：在其训练来源的自助重抽样上重新拟合校准后，该数值的分布范围</translation>
    </message>
    <message>
        <source>No clip-level figure was measured for this clip.</source>
        <translation>该片段未测量片段级数值。</translation>
    </message>
    <message>
        <source>No clip-level figure was measured for this clip. No calibration is installed, so none could be measured.</source>
        <translation>该片段未测量片段级数值。由于未安装任何校准，无法测量。</translation>
    </message>
    <message>
        <source>The calibration that gave this figure is not in the installation that wrote the dossier: what it was fitted on, where its accuracy was measured and how it fails are not known here.</source>
        <translation>得出该数值的校准不在生成本报告的安装中：此处无法得知它基于什么数据拟合、在哪里测量了准确度，以及在什么情况下会出错。</translation>
    </message>
</context>
<context>
    <name>Dossier export</name>
    <message>
        <source>frame {number} could not be encoded as PNG</source>
        <translation>第 {number} 帧无法编码为 PNG</translation>
    </message>
    <message>
        <source>The dossier could not be written.</source>
        <translation>无法写入核查报告。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>The dossier does not follow its schema at {where}: {why}.</source>
        <translation>核查报告在 {where} 处不符合其 schema：{why}。</translation>
    </message>
    <message>
        <source>Could not read {path}: {why}.</source>
        <translation>无法读取 {path}：{why}。</translation>
    </message>
    <message>
        <source>The file at {path} is not the clip that was reviewed (its SHA-256 differs); open the reviewed file so the case knows where it is.</source>
        <translation>{path} 处的文件不是所核查的片段（其 SHA-256 不同）；请打开所核查的文件，让案卷知道它的位置。</translation>
    </message>
    <message>
        <source>Choose the JSON dossier, the PDF dossier, or both.</source>
        <translation>请选择 JSON 核查报告、PDF 核查报告，或两者都选。</translation>
    </message>
    <message>
        <source>Only the team case&apos;s editors may publish a signed dossier; ask its admin for the editor role. Nothing was written.</source>
        <translation>只有团队案卷的编辑可以发布已签名的核查报告；请向其管理员申请编辑角色。未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {why}.</source>
        <translation>无法写入 {folder}：{why}。</translation>
    </message>
    <message>
        <source>Could not write the PDF dossier: {why}.</source>
        <translation>无法写入 PDF 核查报告：{why}。</translation>
    </message>
    <message>
        <source>Could not create {folder}: {why}.</source>
        <translation>无法创建 {folder}：{why}。</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}.</source>
        <translation>无法写入 {path}：{why}。</translation>
    </message>
    <message>
        <source>1 dossier written</source>
        <translation>已写入 1 份核查报告</translation>
    </message>
    <message>
        <source>{count} dossiers written</source>
        <translation>已写入 {count} 份核查报告</translation>
    </message>
    <message>
        <source>{written} ({drafts} marked draft)</source>
        <translation>{written}（{drafts} 份标为草稿）</translation>
    </message>
    <message>
        <source>{written}, {refused} refused</source>
        <translation>{written}，{refused} 份被拒绝</translation>
    </message>
    <message>
        <source>{written}, then cancelled.</source>
        <translation>{written}，随后已取消。</translation>
    </message>
    <message>
        <source>{written}.</source>
        <translation>{written}。</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>片段 {id}</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder {folder} cannot take {file}: {why}.</source>
        <translation>团队共享文件夹 {folder} 无法存入 {file}：{why}。</translation>
    </message>
</context>
<context>
    <name>Dossier signing</name>
    <message>
        <source>The dossier names no reviewer, so there is no key to sign it with.</source>
        <translation>核查报告未写明核查员，因此没有可用于签名的密钥。</translation>
    </message>
    <message>
        <source>Could not make the key folder {folder} ({why}).</source>
        <translation>无法创建密钥文件夹 {folder}（{why}）。</translation>
    </message>
    <message>
        <source>Could not write the signing key {path} ({why}).</source>
        <translation>无法写入签名密钥 {path}（{why}）。</translation>
    </message>
    <message>
        <source>The signing key {path} can be read or changed by other users (mode {mode}); make it private (chmod 600 &apos;{path}&apos;) before signing with it.</source>
        <translation>签名密钥 {path} 可被其他用户读取或修改（权限 {mode}）；请先将其设为私有（chmod 600 &apos;{path}&apos;），再用它签名。</translation>
    </message>
    <message>
        <source>The signing key {problem}.</source>
        <translation>签名密钥 {problem}。</translation>
    </message>
    <message>
        <source>Could not read the signing key {path} ({why}).</source>
        <translation>无法读取签名密钥 {path}（{why}）。</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged or not an unencrypted Ed25519 key.</source>
        <translation>签名密钥 {path} 已损坏，或不是未加密的 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>The signing key {path} is not an Ed25519 key.</source>
        <translation>签名密钥 {path} 不是 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>Evidence entry {number} names no file, so it cannot be signed.</source>
        <translation>第 {number} 条证据未写明文件，因此无法签名。</translation>
    </message>
    <message>
        <source>The evidence file {file} lies outside the dossier&apos;s folder.</source>
        <translation>证据文件 {file} 位于核查报告的文件夹之外。</translation>
    </message>
    <message>
        <source>The evidence file {file} is missing from {folder}; nothing was signed.</source>
        <translation>{folder} 中缺少证据文件 {file}；未签名任何内容。</translation>
    </message>
    <message>
        <source>The evidence file {file} is not the one the dossier lists (its SHA-256 differs); nothing was signed.</source>
        <translation>证据文件 {file} 不是核查报告所列的文件（其 SHA-256 不同）；未签名任何内容。</translation>
    </message>
    <message>
        <source>The dossier holds a number that JSON cannot write (NaN or infinity).</source>
        <translation>核查报告中有 JSON 无法写入的数字（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>an unnamed reviewer</source>
        <translation>一位未署名的核查员</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it {reason}.</source>
        <translation>该文件{reason}。</translation>
    </message>
    <message>
        <source>it could not be read ({why}).</source>
        <translation>无法读取该文件（{why}）。</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so not a JSON dossier.</source>
        <translation>该文件不是 UTF-8 文本，因此不是 JSON 核查报告。</translation>
    </message>
    <message>
        <source>it is not valid JSON ({why} at line {line}, column {column}).</source>
        <translation>该文件不是有效的 JSON（第 {line} 行第 {column} 列：{why}）。</translation>
    </message>
    <message>
        <source>it holds the key &apos;{key}&apos; twice, so readers disagree on what it says.</source>
        <translation>该文件两次包含键“{key}”，不同的读取程序会对其内容得出不同结论。</translation>
    </message>
    <message>
        <source>it is not a JSON dossier ReelCheck can read (too deeply nested or too long numbers).</source>
        <translation>该文件不是 ReelCheck 能读取的 JSON 核查报告（嵌套过深或数字过长）。</translation>
    </message>
    <message>
        <source>it is JSON but not a dossier (not an object).</source>
        <translation>该文件是 JSON，但不是核查报告（不是对象）。</translation>
    </message>
    <message>
        <source>the dossier is not signed.</source>
        <translation>核查报告未签名。</translation>
    </message>
    <message>
        <source>the dossier&apos;s signature is not an {algorithm} signature this program can check.</source>
        <translation>核查报告的签名不是本程序能验证的 {algorithm} 签名。</translation>
    </message>
    <message>
        <source>the signature&apos;s public key is damaged (not 32 bytes of base64).</source>
        <translation>签名的公钥已损坏（不是 32 字节的 base64）。</translation>
    </message>
    <message>
        <source>the signature&apos;s public key does not match its key id ({key_id}): it was changed.</source>
        <translation>签名的公钥与其密钥 ID（{key_id}）不符：它已被改动。</translation>
    </message>
    <message>
        <source>the signature value is damaged (not 64 bytes of base64).</source>
        <translation>签名值已损坏（不是 64 字节的 base64）。</translation>
    </message>
    <message>
        <source>the dossier holds a number that canonical JSON cannot write (NaN or infinity).</source>
        <translation>核查报告中有规范 JSON 无法写入的数字（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>the signature is of a kind this version of ReelCheck cannot check (a newer one may).</source>
        <translation>此版本的 ReelCheck 无法验证这种签名（更新的版本也许可以）。</translation>
    </message>
    <message>
        <source>the signature&apos;s list of signed digests is damaged.</source>
        <translation>签名中已签名摘要的列表已损坏。</translation>
    </message>
    <message>
        <source>the signature value does not match what it says was signed: the value or its list of digests was changed.</source>
        <translation>签名值与其声称所签的内容不符：签名值或其摘要列表已被改动。</translation>
    </message>
    <message>
        <source>the signature does not match the dossier&apos;s content.</source>
        <translation>签名与核查报告的内容不符。</translation>
    </message>
    <message>
        <source>the signature does not match the dossier&apos;s content (changed since signing: {parts}).</source>
        <translation>签名与核查报告的内容不符（签名后改动过：{parts}）。</translation>
    </message>
    <message>
        <source>the signature does not match the dossier&apos;s content (a dossier signed by an older ReelCheck, whose part digests were not signed, so which part changed cannot be told).</source>
        <translation>签名与核查报告的内容不符（该报告由旧版 ReelCheck 签名，其各部分摘要未签名，因此无法判断哪一部分被改动）。</translation>
    </message>
    <message>
        <source>the dossier&apos;s evidence is not a list of files.</source>
        <translation>核查报告的证据不是文件列表。</translation>
    </message>
    <message>
        <source>evidence entry {number} names no file.</source>
        <translation>第 {number} 条证据未写明文件。</translation>
    </message>
    <message>
        <source>the dossier&apos;s PDF entry names no file.</source>
        <translation>核查报告的 PDF 条目未写明文件。</translation>
    </message>
    <message>
        <source>PDF {name}</source>
        <translation>PDF {name}</translation>
    </message>
    <message>
        <source>evidence file {name}</source>
        <translation>证据文件 {name}</translation>
    </message>
    <message>
        <source>{file}: lies outside the dossier&apos;s folder.</source>
        <translation>{file}：位于核查报告的文件夹之外。</translation>
    </message>
    <message>
        <source>{file}: is missing.</source>
        <translation>{file}：文件缺失。</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}：{reason}。</translation>
    </message>
    <message>
        <source>{file}: could not be read ({why}).</source>
        <translation>{file}：无法读取（{why}）。</translation>
    </message>
    <message>
        <source>{file}: its SHA-256 does not match the dossier&apos;s (the file changed, or the PDF was exported again without this JSON).</source>
        <translation>{file}：其 SHA-256 与核查报告所记录的不符（文件已改动，或 PDF 被重新导出而未同时导出此 JSON）。</translation>
    </message>
    <message>
        <source>{file}: its SHA-256 does not match the dossier&apos;s (the file changed).</source>
        <translation>{file}：其 SHA-256 与核查报告所记录的不符（文件已改动）。</translation>
    </message>
    <message>
        <source>the dossier holds no clip hash to check the clip against.</source>
        <translation>核查报告中没有可用来验证片段的片段哈希值。</translation>
    </message>
    <message>
        <source>clip {clip}: there is no such file.</source>
        <translation>片段 {clip}：文件不存在。</translation>
    </message>
    <message>
        <source>clip {clip}: {reason}.</source>
        <translation>片段 {clip}：{reason}。</translation>
    </message>
    <message>
        <source>clip {clip}: could not be read ({why}).</source>
        <translation>片段 {clip}：无法读取（{why}）。</translation>
    </message>
    <message>
        <source>clip {clip}: its SHA-256 does not match the dossier&apos;s clip hash (another or a changed file).</source>
        <translation>片段 {clip}：其 SHA-256 与核查报告中的片段哈希值不符（是另一个文件或已改动的文件）。</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>The clip&apos;s provenance was not read for this dossier.</source>
        <translation>本核查报告未读取该片段的来源信息。</translation>
    </message>
</context>
<context>
    <name>Trusted keys</name>
    <message>
        <source>key {key_id}</source>
        <translation>密钥 {key_id}</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>已于 {date} 吊销</translation>
    </message>
    <message>
        <source>replaced on {date}</source>
        <translation>已于 {date} 更换</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>the signature is valid, but key {fingerprint} is not one you trust (anyone can make a key and sign under any name): check this fingerprint with the signer, in person or by phone, then add their key to your trusted keys (--trusted-keys FILE, or Edit &gt; Trusted signers in the player)</source>
        <translation>签名有效，但密钥 {fingerprint} 不是您信任的密钥（任何人都能生成密钥并以任何名义签名）：请当面或通过电话与签名者核对此指纹，然后将其密钥加入您的受信任密钥（--trusted-keys FILE，或播放器中的“编辑 &gt; 受信任的签名者”）</translation>
    </message>
    <message>
        <source>signed by a revoked key (revoked on {date}): {name}, key {fingerprint}; the signature is valid, but whoever holds this key may not be its owner</source>
        <translation>由已吊销的密钥签名（于 {date} 吊销）：{name}，密钥 {fingerprint}；签名有效，但持有此密钥的人可能不是其主人</translation>
    </message>
    <message>
        <source>signed by an older key of {name}, replaced on {replaced} (the dossier is dated {dated}, before that)</source>
        <translation>由 {name} 的旧密钥签名，该密钥已于 {replaced} 更换（核查报告日期为 {dated}，在更换之前）</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未写明）</translation>
    </message>
    <message>
        <source>signed by an older key of {name}, replaced on {replaced}, but the dossier is undated: ask {name} why it is not signed with their new key {newer}</source>
        <translation>由 {name} 的旧密钥签名，该密钥已于 {replaced} 更换，但核查报告没有日期：请询问 {name} 为何未用其新密钥 {newer} 签名</translation>
    </message>
    <message>
        <source>signed by an older key of {name}, replaced on {replaced}, but the dossier is dated {dated}, after that: ask {name} why it is not signed with their new key {newer}</source>
        <translation>由 {name} 的旧密钥签名，该密钥已于 {replaced} 更换，但核查报告日期为 {dated}，在更换之后：请询问 {name} 为何未用其新密钥 {newer} 签名</translation>
    </message>
    <message>
        <source>signed by {name} (key {fingerprint})</source>
        <translation>由 {name} 签名（密钥 {fingerprint}）</translation>
    </message>
    <message>
        <source>The trusted keys file {problem}.</source>
        <translation>受信任密钥文件 {problem}。</translation>
    </message>
    <message>
        <source>The trusted keys file {path} is not UTF-8 text.</source>
        <translation>受信任密钥文件 {path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>the trusted keys</source>
        <translation>受信任密钥</translation>
    </message>
    <message>
        <source>{file}, line {line}: {why} (the format: reelcheck verify --help).</source>
        <translation>{file}，第 {line} 行：{why}（格式见：reelcheck verify --help）。</translation>
    </message>
    <message>
        <source>the PEM block has no {end} line</source>
        <translation>PEM 块缺少 {end} 行</translation>
    </message>
    <message>
        <source>a line about a key comes before any key</source>
        <translation>描述密钥的行出现在任何密钥之前</translation>
    </message>
    <message>
        <source>this is a private key, which must never leave its owner: ask for `reelcheck key export`</source>
        <translation>这是私钥，绝不能离开其主人：请对方提供 `reelcheck key export` 的输出</translation>
    </message>
    <message>
        <source>{text} is too short for a fingerprint (64 hex digits); a short key id is too easy to imitate</source>
        <translation>{text} 太短，不是指纹（64 位十六进制数字）；短密钥 ID 太容易被仿冒</translation>
    </message>
    <message>
        <source>this is neither a fingerprint, a PEM public key nor a &apos;name:&apos;, &apos;revoked:&apos; or &apos;replaced:&apos; line</source>
        <translation>这既不是指纹、PEM 公钥，也不是“name:”“revoked:”或“replaced:”行</translation>
    </message>
    <message>
        <source>the key {fingerprint} is listed a second time (first on line {line})</source>
        <translation>密钥 {fingerprint} 被重复列出（首次出现在第 {line} 行）</translation>
    </message>
    <message>
        <source>the PEM block is not a public key</source>
        <translation>PEM 块不是公钥</translation>
    </message>
    <message>
        <source>the PEM block is not an Ed25519 public key, the kind ReelCheck signs with</source>
        <translation>PEM 块不是 ReelCheck 签名所用的 Ed25519 公钥</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; after &apos;by&apos; is not a fingerprint (64 hex digits)</source>
        <translation>“by”之后的“{text}”不是指纹（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not something a key can have (name, revoked, replaced)</source>
        <translation>“{field}”不是密钥可有的字段（name、revoked、replaced）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>“{text}”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>The trusted signers setting {problem}.</source>
        <translation>受信任的签名者设置 {problem}。</translation>
    </message>
    <message>
        <source>The trusted signers setting {path} is damaged; choose the file again.</source>
        <translation>受信任的签名者设置 {path} 已损坏；请重新选择文件。</translation>
    </message>
    <message>
        <source>your own key on this machine</source>
        <translation>您在本机上的密钥</translation>
    </message>
</context>
</TS>
