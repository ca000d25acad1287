sitrepSearchData("terms/t-ant",{"anthony":"UVU72","anti":"QNXdgA_W88yF_e8","antony":"QNXd8xxE58zCQl2"});
