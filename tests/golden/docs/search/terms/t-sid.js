sitrepSearchData("terms/t-sid",{"side":"NRB88zZ-a8","sides":"NRB88zZ-aoz-O38"});
