sitrepSearchData("terms/t-jam",{"james":"AA92"});
