sitrepSearchData("terms/t-giv",{"give":"FFSlg"});
