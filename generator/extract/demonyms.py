"""The demonyms the extraction reads, one vocabulary: a country's demonym to its catalogued name (a ministry's
or a service's owner: "the Lithuanian Defence Ministry"), and every demonym a word that is no person's name
nor a place's ("German" is Russian for Herman)."""

from __future__ import annotations

# demonyms of the countries the news names most, to their country's catalogued name
COUNTRY_OF_DEMONYM = {
    **{"American": "United States", "British": "United Kingdom", "Belarusian": "Belarus", "Bulgarian": "Bulgaria"},
    **{
        "Canadian": "Canada",
        "Chinese": "China",
        "Czech": "Czech Republic",
        "Danish": "Denmark",
        "Dutch": "Netherlands",
    },
    **{"Estonian": "Estonia", "Finnish": "Finland", "French": "France", "Georgian": "Georgia", "German": "Germany"},
    **{"Hungarian": "Hungary", "Indian": "India", "Iranian": "Iran", "Israeli": "Israel", "Italian": "Italy"},
    **{"Japanese": "Japan", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Moldovan": "Moldova", "Polish": "Poland"},
    **{"Norwegian": "Norway", "Romanian": "Romania", "Russian": "Russia", "Slovak": "Slovakia", "Spanish": "Spain"},
    **{"Swedish": "Sweden", "Swiss": "Switzerland", "Turkish": "Turkey", "Ukrainian": "Ukraine", "Austrian": "Austria"},
    **{"Belgian": "Belgium", "Croatian": "Croatia", "Greek": "Greece", "Irish": "Ireland", "Portuguese": "Portugal"},
    **{"Emirati": "United Arab Emirates", "Kuwaiti": "Kuwait", "Saudi": "Saudi Arabia", "Qatari": "Qatar"},
    **{"Azerbaijani": "Azerbaijan", "Armenian": "Armenia", "Kazakh": "Kazakhstan", "Serbian": "Serbia"},
    **{"Slovenian": "Slovenia", "Australian": "Australia", "Egyptian": "Egypt", "Syrian": "Syria"},
    **{"North Korean": "North Korea", "South Korean": "South Korea", "Slovakian": "Slovakia"},
}
# demonyms of no one country in the catalogue
_OTHER_DEMONYMS = ("Briton", "Chechen", "Crimean", "English", "European", "Korean", "Soviet", "Western")
DEMONYMS = frozenset([*(d for d in COUNTRY_OF_DEMONYM if " " not in d), *_OTHER_DEMONYMS])
