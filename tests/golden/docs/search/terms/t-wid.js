sitrepSearchData("terms/t-wid",{"wide":"FFSl8","wider":"PYE6g"});
