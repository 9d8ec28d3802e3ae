"""What a clip says in words: its subtitles and the text on its frames, as lines on the clip's clock."""
