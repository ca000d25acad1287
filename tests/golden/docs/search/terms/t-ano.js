sitrepSearchData("terms/t-ano",{"another":"HPMi8"});
