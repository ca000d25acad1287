sitrepSearchData("terms/t-nei",{"neither":"FFSlg"});
