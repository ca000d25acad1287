sitrepSearchData("terms/t-van",{"vance":"AA96NNwvg"});
