sitrepSearchData("terms/t-mos",{"moscow":"UzVta","most":"PYE6o"});
