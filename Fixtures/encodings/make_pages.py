#!/usr/bin/env python3
"""Writes the encoding fixtures: the same kind of short news page in many encodings, declared
in different ways or not at all, plus expectations.json (what scrape must read from each).

Run from this folder: python3 make_pages.py. The texts are written for these fixtures."""
import json

TEXTS = {
    "zh-Hant": ("臺北市推動社區長照服務 新增十處日間照顧中心", [
        "臺北市政府今天宣布，將在明年底前於各行政區新增十處社區日間照顧中心，讓失能與失智長者在熟悉的環境中獲得照顧，也減輕家庭照顧者的負擔。",
        "市府社會局表示，新設據點將結合醫療院所與在地團體，提供健康促進、復能運動及共餐服務，並由專業人員定期評估長者的身體狀況。",
        "多位里長指出，社區高齡人口逐年增加，過去長者需要搭車到遠處接受服務，未來在住家附近就能參加活動，對家屬而言是一大幫助。",
        "社會局也提醒，有需要的民眾可撥打長照專線申請評估，相關資訊將公布在市府網站，歡迎各界共同關心長者的生活品質。",
    ]),
    "zh-Hans": ("城市公园改造完成 市民周末踏青人数明显增加", [
        "经过一年多的施工，市中心的滨江公园改造工程日前全面完成，新建的步道、花园和儿童游乐区已向市民开放。",
        "园林部门负责人介绍，改造中保留了园内的老树和原有水系，同时增加了无障碍设施和休息座椅，方便老人和残障人士游览。",
        "上周末天气晴好，公园内游客明显增多，不少家庭带着孩子前来放风筝、野餐，附近的商户也表示生意比往年同期更好。",
        "园方提醒游客文明游园，不要随意采摘花草，并在高峰时段注意安全，按照指示有序进出。",
    ]),
    "ja": ("地域の図書館で子ども向け読書週間が始まる", [
        "市立図書館では今週から子ども向けの読書週間が始まり、絵本の読み聞かせや工作教室など、さまざまな催しが開かれています。",
        "担当者によると、昨年は延べ二千人以上の親子が参加し、普段あまり図書館を利用しない家庭にも本に親しむきっかけになったということです。",
        "今年は地元の作家を招いた講演会も予定されており、参加を希望する人は図書館の窓口か電話で申し込むことができます。",
    ]),
    "ko": ("지역 시장 활성화를 위한 주말 장터 열려", [
        "시청 앞 광장에서 지난 주말 지역 농산물과 수공예품을 판매하는 장터가 열려 많은 시민들이 찾았다.",
        "주최 측은 이번 행사에 백여 개의 상점이 참여했으며, 방문객 수가 예상보다 두 배 가까이 많았다고 밝혔다.",
        "한 상인은 \"똠양꿍 소스를 처음 선보였는데 반응이 좋아 다음 장터에도 참가할 계획\"이라고 말했다.",
    ]),
    "ru": ("В городе открылась новая библиотека для детей и взрослых", [
        "В центре города в субботу открылась новая библиотека, в которой собрано более двадцати тысяч книг для читателей всех возрастов.",
        "По словам директора, в здании есть читальный зал, детская комната и компьютерный класс, где можно бесплатно пользоваться интернетом.",
        "Первые посетители отметили удобное расположение библиотеки и пообещали приводить сюда своих детей и внуков на занятия и встречи.",
    ]),
    "fr": ("La ville inaugure une nouvelle piste cyclable le long du fleuve", [
        "La municipalité a inauguré samedi une piste cyclable de douze kilomètres qui relie le centre historique aux quartiers de l’est, le long du fleuve.",
        "« C’est un projet attendu depuis longtemps », a déclaré l’adjointe chargée des mobilités, qui évalue le coût des travaux à 4,5 millions d’euros (€).",
        "Les premiers cyclistes ont salué un “vrai cœur de ville” retrouvé et demandent déjà que la piste soit prolongée vers le sud.",
    ]),
    "pl": ("Nowy most na rzece połączy dwie dzielnice miasta", [
        "Władze miasta ogłosiły w poniedziałek, że budowa nowego mostu na rzece rozpocznie się jesienią i potrwa około dwóch lat.",
        "Według urzędników przeprawa skróci dojazd do szkół i szpitala, a także odciąży zatłoczone ulice w centrum.",
        "Mieszkańcy mogą zgłaszać uwagi do projektu do końca miesiąca za pośrednictwem strony internetowej urzędu.",
    ]),
    "ar": ("افتتاح مكتبة عامة جديدة في وسط المدينة", [
        "افتتحت بلدية المدينة يوم السبت مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية.",
        "وقال مدير المكتبة إن المبنى يضم قاعة للمطالعة وركنا خاصا بالأطفال وقاعة للحاسوب مفتوحة للجميع مجانا.",
        "وأعرب عدد من الزوار عن سعادتهم بالمشروع الذي طال انتظاره في هذا الحي.",
    ]),
    "en": ("Volunteers restore the old harbour lighthouse", [
        "A group of volunteers has finished restoring the old harbour lighthouse, which had stood empty for more than thirty years.",
        "The work took two summers and was paid for by donations from local businesses and residents, the group's chair said on Friday.",
        "The lighthouse will open to visitors on weekends from next month, with guided tours of the lamp room and a small exhibition on the harbour's history.",
    ]),
    "de": ("Stadt eröffnet neues Schwimmbad für Familien", [
        "Nach zwei Jahren Bauzeit hat die Stadt am Samstag das neue Familienbad eröffnet, das über ein Sportbecken, ein Lehrschwimmbecken und eine große Liegewiese verfügt.",
        "Die Bürgermeisterin sagte bei der Eröffnung, das Bad solle vor allem Kindern das Schwimmenlernen erleichtern, weil viele Grundschüler heute nicht sicher schwimmen könnten.",
        "Der Eintritt für Kinder unter sechs Jahren ist frei; Erwachsene zahlen vier Euro, für Familien gibt es günstige Jahreskarten.",
    ]),
}

# file stem, language, Python codec, label written in <meta> (None: no label anywhere), expected WHATWG name, byte-order mark
PAGES = [
    ("gbk-labelled-gb2312-traditional", "zh-Hant", "gbk", "gb2312", "GBK", False),
    ("big5-unlabelled", "zh-Hant", "big5", None, "Big5", False),
    ("gb18030-labelled", "zh-Hans", "gb18030", "gb18030", "gb18030", False),
    ("gbk-unlabelled", "zh-Hans", "gbk", None, "gb18030", False),
    ("shift-jis-labelled", "ja", "shift_jis", "Shift_JIS", "Shift_JIS", False),
    ("shift-jis-unlabelled", "ja", "shift_jis", None, "Shift_JIS", False),
    ("euc-jp-labelled", "ja", "euc_jp", "EUC-JP", "EUC-JP", False),
    ("euc-kr-labelled-uhc", "ko", "cp949", "euc-kr", "EUC-KR", False),
    ("euc-kr-unlabelled", "ko", "cp949", None, "EUC-KR", False),
    ("windows-1251-labelled", "ru", "cp1251", "windows-1251", "windows-1251", False),
    ("windows-1251-unlabelled", "ru", "cp1251", None, "windows-1251", False),
    ("koi8-r-labelled", "ru", "koi8_r", "koi8-r", "KOI8-R", False),
    ("windows-1252-labelled-latin1", "fr", "cp1252", "iso-8859-1", "windows-1252", False),
    ("iso-8859-2-labelled", "pl", "iso8859_2", "iso-8859-2", "ISO-8859-2", False),
    ("windows-1256-labelled", "ar", "cp1256", "windows-1256", "windows-1256", False),
    ("utf-16le-bom", "en", "utf-16-le", None, "UTF-16LE", True),
    ("utf-16be-unlabelled", "de", "utf-16-be", None, "UTF-16BE", False),
    ("utf-8-unlabelled", "de", "utf-8", None, "UTF-8", False),
]

TEMPLATE = """<!DOCTYPE html>
<html>
<head>{meta}
<title>{title}</title>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav></header>
<article>
<h1>{title}</h1>
{paragraphs}
</article>
<footer><p>(c) 2024 Example News</p></footer>
</body>
</html>
"""

expectations = []
for stem, language, codec, label, name, bom in PAGES:
    title, paragraphs = TEXTS[language]
    meta = f'\n<meta charset="{label}">' if label else ""
    html = TEMPLATE.format(meta=meta, title=title, paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))
    data = html.encode(codec)
    if bom:
        data = b"\xff\xfe" + data
    with open(f"{stem}.html", "wb") as out:
        out.write(data)
    expectations.append({"file": f"{stem}.html", "encoding": name, "label": label, "title": title, "phrase": paragraphs[1]})

with open("expectations.json", "w", encoding="utf-8") as out:
    json.dump(expectations, out, ensure_ascii=False, indent=2)
    out.write("\n")
