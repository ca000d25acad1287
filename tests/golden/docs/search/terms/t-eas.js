sitrepSearchData("terms/t-eas",{"eastern":"NRB8ozZ-agSWu8"});
