"""An Amharic dateline with the word for "day" between the day and the Ethiopian calendar's year,
"ባሕር ዳር፣ መጋቢት 3 ቀን 2018 (ኢዜአ) -", is split off the lead (variants 46 datelines)."""

from core.reading.judge import split_dateline


def test_amharic_day_word_before_the_year() -> None:
    lead = "Officials of two regions agreed on Tuesday to run a new ferry line across the lake."
    assert split_dateline(f"ባሕር ዳር፣ መጋቢት 3 ቀን 2018 (ኢዜአ) - {lead}") == ("ባሕር ዳር፣ መጋቢት 3 ቀን 2018 (ኢዜአ)", lead)
    amharic = "የክልሉ ምክር ቤት አዲሱን የጀልባ መስመር ዛሬ አጽድቋል ብለዋል ባለሥልጣናቱ።"
    assert split_dateline(f"ባሕር ዳር፣ መጋቢት 3 ቀን 2018 (ኢዜአ)፦ {amharic}") == ("ባሕር ዳር፣ መጋቢት 3 ቀን 2018 (ኢዜአ)", amharic)
