sitrepSearchData("terms/t-2s",{"2s":"FFSlgyw-v2LSwg2"});
