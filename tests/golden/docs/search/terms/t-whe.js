sitrepSearchData("terms/t-whe",{"where":"FFSlg"});
