sitrepSearchData("terms/t-mom",{"moment":"RPzi8","momentum":"NRB88zZ-a8"});
