sitrepSearchData("terms/t-nea",{"near":"FFSlg"});
