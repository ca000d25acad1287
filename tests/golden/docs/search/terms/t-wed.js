sitrepSearchData("terms/t-wed",{"wednesday":"FFSlg"});
