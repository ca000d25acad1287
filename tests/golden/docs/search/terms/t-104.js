sitrepSearchData("terms/t-104",{"104":"DTIn2"});
