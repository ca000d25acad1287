sitrepSearchData("terms/t-som",{"some":"FFSl8yFVt8"});
