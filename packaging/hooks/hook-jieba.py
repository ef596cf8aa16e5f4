# jieba: its modules only. The data core/similarity.py reads (dict.txt, analyse/idf.txt) is
# listed in bundle_data.datas(); the contributed hook would also carry the tagger's tables and
# the paddle model (lac_small), 24 MB never loaded.
datas: list = []
