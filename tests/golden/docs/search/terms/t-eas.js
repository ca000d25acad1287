sitrepSearchData("terms/t-eas",{"eastern":"FFSlgGONhoyJSa8"});
