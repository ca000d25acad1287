sitrepSearchData("terms/t-mom",{"moment":"FFSl8","momentum":"FFSl8GONh8"});
