sitrepSearchData("terms/t-maj",{"major":"FFSl8yFVt8"});
