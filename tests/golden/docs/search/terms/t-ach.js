sitrepSearchData("terms/t-ach",{"achieved":"FFSlg"});
