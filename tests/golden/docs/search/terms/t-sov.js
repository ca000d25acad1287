sitrepSearchData("terms/t-sov",{"soviet":"FFSl8L-To8FD88yF_e8"});
