sitrepSearchData("terms/t-3",{"3":"DTIn2"});
