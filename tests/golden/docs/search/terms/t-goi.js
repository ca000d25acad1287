sitrepSearchData("terms/t-goi",{"going":"FFSl8"});
