sitrepSearchData("terms/t-enc",{"encirclement":"PYE6g","encourage":"FFSl8yFVt8"});
