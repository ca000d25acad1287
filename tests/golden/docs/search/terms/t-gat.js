sitrepSearchData("terms/t-gat",{"gathering":"FFSlg"});
